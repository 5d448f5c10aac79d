import { districtOrganization, providerOrganization, type PublicProvider } from './organizations';
import { serviceObject, type PublicService } from './tables';
import { taxonomyObjects, termObjects, type AreaRow } from './taxonomies';

type Field = { name: string; type: 'string' | 'number' | 'datetime' | 'date' };
interface Table {
  name: string;
  path: string;
  fields: Field[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

const s = (name: string): Field => ({ name, type: 'string' });
const fk = (field: string, resource: string) => ({ fields: field, reference: { resource, fields: 'id' } });

/** The tables of the Tabular Data Package, their columns (HSDS 3.1 names) and links. */
export const TABLES: Table[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields: ['id', 'name', 'description', 'legal_status', 'email', 'website', 'tax_id'].map(s),
  },
  {
    name: 'service',
    path: 'services.csv',
    fields: [
      ...[
        'id',
        'organization_id',
        'name',
        'alternate_name',
        'description',
        'email',
        'status',
        'application_process',
        'eligibility_description',
      ].map(s),
      { name: 'last_modified', type: 'datetime' },
    ],
    foreignKeys: [fk('organization_id', 'organization')],
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields: ['id', 'location_type', 'organization_id', 'name', 'external_identifier', 'external_identifier_type'].map(s),
    foreignKeys: [fk('organization_id', 'organization')],
  },
  {
    name: 'service_at_location',
    path: 'service_at_locations.csv',
    fields: ['id', 'service_id', 'location_id'].map(s),
    foreignKeys: [fk('service_id', 'service'), fk('location_id', 'location')],
  },
  {
    name: 'address',
    path: 'addresses.csv',
    fields: ['id', 'location_id', 'address_1', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'].map(
      s
    ),
    foreignKeys: [fk('location_id', 'location')],
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields: ['id', 'service_id', 'organization_id', 'number', 'type'].map(s),
    foreignKeys: [fk('service_id', 'service'), fk('organization_id', 'organization')],
  },
  { name: 'taxonomy', path: 'taxonomies.csv', fields: ['id', 'name', 'description'].map(s) },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: ['id', 'code', 'name', 'description', 'taxonomy', 'taxonomy_id'].map(s),
    foreignKeys: [fk('taxonomy_id', 'taxonomy')],
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'].map(s),
    foreignKeys: [fk('taxonomy_term_id', 'taxonomy_term')],
  },
];

const unique = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/** Every table's rows, from the public services, the areas in use and the providers. */
export function tableRows(
  services: PublicService[],
  areas: AreaRow[],
  providers: PublicProvider[]
): Record<string, Record<string, unknown>[]> {
  const objects = services.map(serviceObject);
  const locations = unique(objects.flatMap((o) => o.service_at_locations.map((sal) => sal.location)));
  const organizations = [districtOrganization(), ...providers.map(providerOrganization)];
  return {
    organization: organizations,
    service: objects,
    location: locations,
    service_at_location: objects.flatMap((o) => o.service_at_locations),
    address: locations.flatMap((l) => l.addresses),
    phone: [...objects.flatMap((o) => o.phones), ...organizations.flatMap((o) => o.phones)],
    taxonomy: taxonomyObjects(),
    taxonomy_term: termObjects(areas),
    attribute: objects.flatMap((o) => o.attributes),
  };
}

/** datapackage.json: a Tabular Data Package whose resources are the CSVs beside it. */
export function datapackage(base: string) {
  return {
    profile: 'tabular-data-package',
    name: 'ambito-distretto-4-hsds',
    title: 'Carta dei servizi – Ambito distrettuale di Cernusco sul Naviglio (Open Referral HSDS 3.1)',
    description:
      'Servizi attivi del catalogo pubblico, con i comuni dove sono offerti e le loro classificazioni / Active public services',
    version: '3.1',
    licenses: [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' },
    ],
    created: new Date().toISOString(),
    resources: TABLES.map((t) => ({
      name: t.name,
      path: `${base}${t.path}`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: t.fields, primaryKey: 'id', ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}) },
    })),
  };
}
