import { hsdsId } from './ids';
import { districtOrganization, districtOrganizationId, type PublicProvider } from './organizations';
import { POSTAL_CODES } from './places';

/** A public, active service as the HSDS mapping reads it (Italian; hidden fields already removed). */
export interface PublicService {
  documentId: string;
  code: string;
  name: string;
  description: string | null;
  eligibility: string | null;
  howToApply: string | null;
  target: string | null;
  procurementMode: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  updatedAt: string;
  area: { code: string; name: string; description?: string | null } | null;
  municipalities: { documentId: string; name: string; istatCode: string }[];
  providers: PublicProvider[];
}

/** Labels of the procurement modes (the catalogue's enumeration) as taxonomy terms. */
export const PROCUREMENT_MODES: Record<string, { name: string; description: string }> = {
  appalto: { name: 'Appalto', description: 'Affidamento con gara a un unico gestore / Tender to one provider' },
  accreditamento: {
    name: 'Accreditamento',
    description:
      'Albo di gestori accreditati, il cittadino sceglie e il Comune emette un voucher / Register of accredited providers, the citizen chooses, the comune issues a voucher',
  },
  'albo-fornitori': { name: 'Albo fornitori', description: 'Albo distrettuale dei fornitori / District register of suppliers' },
  'co-progettazione': {
    name: 'Co-progettazione',
    description: 'Co-progettazione con il Terzo settore / Co-design with the third sector',
  },
  convenzione: { name: 'Convenzione', description: 'Convenzione / Agreement' },
  'gestione-diretta': {
    name: 'Gestione diretta',
    description: 'Gestito direttamente dai Comuni o dall’Ufficio di Piano / Run directly',
  },
};

export const TAXONOMIES = {
  areas: {
    key: 'aree',
    name: 'Aree di intervento – Ambito Distretto 4',
    description: 'Macro-aree del documento di programmazione 2018-2020 / Areas of the 2018-2020 programme',
  },
  procurement: {
    key: 'modalita-affidamento',
    name: 'Modalità di affidamento',
    description: 'Come il servizio è affidato / How the service is procured',
  },
};

const organizationId = districtOrganizationId;
const locationId = (istat: string) => hsdsId('location', istat);
const termId = (taxonomy: string, code: string) => hsdsId('taxonomy_term', `${taxonomy}:${code}`);

/** The HSDS service object (the API's `/services/{id}` answer, with its nested records). */
export function serviceObject(s: PublicService) {
  const id = hsdsId('service', s.documentId);
  return {
    id,
    organization_id: organizationId(),
    name: s.name,
    alternate_name: s.code,
    description: s.description ?? '',
    email: s.contactEmail ?? undefined,
    status: 'active',
    application_process: s.howToApply ?? undefined,
    eligibility_description: [s.target, s.eligibility].filter(Boolean).join(' – ') || undefined,
    last_modified: new Date(s.updatedAt).toISOString(),
    organization: organizationObject(),
    phones: s.contactPhone
      ? [{ id: hsdsId('phone', `service:${s.documentId}`), service_id: id, number: s.contactPhone, type: 'voice' }]
      : [],
    service_at_locations: s.municipalities.map((m) => ({
      id: hsdsId('service_at_location', `${s.documentId}:${m.istatCode}`),
      service_id: id,
      location_id: locationId(m.istatCode),
      location: locationObject(m),
    })),
    attributes: attributesOf(s, id),
  };
}

function attributesOf(s: PublicService, serviceId: string) {
  const attributes = [];
  if (s.area)
    attributes.push(attribute(serviceId, TAXONOMIES.areas.key, s.area.code, s.area.name, s.area.description ?? s.area.name));
  if (s.procurementMode && PROCUREMENT_MODES[s.procurementMode]) {
    const mode = PROCUREMENT_MODES[s.procurementMode];
    attributes.push(attribute(serviceId, TAXONOMIES.procurement.key, s.procurementMode, mode.name, mode.description));
  }
  return attributes;
}

function attribute(serviceId: string, taxonomy: string, code: string, name: string, description: string) {
  const term = termObject(taxonomy, code, name, description);
  return {
    id: hsdsId('attribute', `${serviceId}:${term.id}`),
    link_id: serviceId,
    link_type: taxonomy === TAXONOMIES.areas.key ? 'area' : 'procurement_mode',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}

export function termObject(taxonomy: string, code: string, name: string, description: string) {
  const detail = taxonomy === TAXONOMIES.areas.key ? TAXONOMIES.areas : TAXONOMIES.procurement;
  return {
    id: termId(taxonomy, code),
    code,
    name,
    description,
    taxonomy: detail.name,
    taxonomy_id: hsdsId('taxonomy', taxonomy),
  };
}

export const organizationObject = districtOrganization;

export function locationObject(m: { name: string; istatCode: string }) {
  const id = locationId(m.istatCode);
  return {
    id,
    location_type: 'physical',
    organization_id: organizationId(),
    name: `Servizi sociali – Comune di ${m.name}`,
    external_identifier: m.istatCode,
    external_identifier_type: 'ISTAT',
    addresses: [
      {
        id: hsdsId('address', m.istatCode),
        location_id: id,
        address_1: `Servizi sociali del Comune di ${m.name}`,
        city: m.name,
        region: 'Lombardia',
        state_province: 'MI',
        postal_code: POSTAL_CODES[m.istatCode] ?? '',
        country: 'IT',
        address_type: 'physical',
      },
    ],
  };
}
