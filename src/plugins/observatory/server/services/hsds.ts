import type { Core, UID } from '@strapi/strapi';
import { catalogueSnapshot } from '../../../../catalogue/catalogue-version';
import { publicView, restrictPublicQuery } from '../../../../catalogue/public-view';
import { notFound } from '../../../plugin-kit/errors';
import { openApiDocument } from '../hsds/openapi';
import {
  districtOrganization,
  districtOrganizationId,
  providerOrganization,
  providerOrganizationId,
  type PublicProvider,
} from '../hsds/organizations';
import { datapackage, tableRows, TABLES } from '../hsds/package';
import { POSTAL_CODES } from '../hsds/places';
import { matches, pageOf, type HsdsQuery } from '../hsds/query';
import { serviceObject, type PublicService } from '../hsds/tables';
import { taxonomyObjects, termObjects, type AreaRow } from '../hsds/taxonomies';
import { toCsv } from '../render/csv';

const SERVICE = 'api::service.service' as UID.ContentType;
export const HSDS_VERSION = '3.1';
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/v3.1/';

const PROVIDER_FIELDS = ['name', 'legalForm', 'email', 'phone', 'website', 'vatNumber', 'updatedAt'];
const POPULATE = {
  area: { fields: ['code', 'name', 'description'] },
  municipalities: { fields: ['name', 'istatCode'] },
  providers: { fields: PROVIDER_FIELDS },
};

type ServiceObject = ReturnType<typeof serviceObject>;

/**
 * The public catalogue as Open Referral HSDS 3.1: only active services and public fields, read with the
 * catalogue's own public view (the same rules as /api/services for a citizen), in Italian. The district's
 * catalogue is small (tens of services): each answer reads it whole and filters it, so every standard
 * parameter combines with every other exactly as the specification describes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function publicServices(): Promise<PublicService[]> {
    const query: Record<string, unknown> = { populate: POPULATE, locale: 'it', sort: ['code:asc'] };
    restrictPublicQuery(SERVICE, query);
    const rows = await strapi.documents(SERVICE).findMany(query as never);
    return (await publicView(strapi, SERVICE, rows)) as unknown as PublicService[];
  }
  const readProviders = async () =>
    (await strapi
      .documents('api::provider.provider' as UID.ContentType)
      .findMany({ fields: PROVIDER_FIELDS, sort: ['name:asc'] } as never)) as unknown as PublicProvider[];
  const readAreas = async () =>
    (await strapi.db.query('api::area.area').findMany({
      where: { legacy: false, locale: 'it' },
      select: ['code', 'name', 'description'],
      orderBy: { code: 'asc' },
    })) as AreaRow[];

  /**
   * The public catalogue read once and mapped once (services with their HSDS objects, providers, areas,
   * organizations with their services), kept until the catalogue changes: every endpoint filters and
   * pages this copy instead of reading and mapping the whole catalogue per request. Shared, never mutated.
   */
  const catalogue = catalogueSnapshot(strapi, async () => {
    const [services, providers, areas] = await Promise.all([publicServices(), readProviders(), readAreas()]);
    const mapped = services.map((service) => ({ service, object: serviceObject(service) }));
    const organizations = [
      { organization: districtOrganization(), services: mapped.map((s) => s.object) },
      ...providers.map((p) => ({
        organization: providerOrganization(p),
        services: mapped.filter((s) => s.service.providers.some((sp) => sp.documentId === p.documentId)).map((s) => s.object),
      })),
    ];
    const locations = new Map(
      mapped.flatMap(({ object }) => object.service_at_locations.map((sal) => [sal.id, { ...sal, service: object }] as const))
    );
    return {
      services: mapped,
      providers,
      areas,
      organizations,
      terms: termObjects(areas),
      locations,
      tables: new Map<string, string>(),
    };
  });

  /** Services with the filters every list of services shares (search, taxonomy, organization, date, postcode). */
  async function filteredServices(q: HsdsQuery): Promise<{ service: PublicService; object: ServiceObject }[]> {
    return (await catalogue()).services.filter(({ service, object }) => {
      const terms = object.attributes.map((a) => a.taxonomy_term);
      if (
        !matches(
          q.search,
          service.name,
          service.description,
          service.code,
          service.target,
          service.eligibility,
          service.area?.name
        )
      )
        return false;
      if (q.taxonomyTermId && !terms.some((t) => t.id === q.taxonomyTermId)) return false;
      if (q.taxonomyId && !terms.some((t) => t.taxonomy_id === q.taxonomyId)) return false;
      if (
        q.organizationId &&
        q.organizationId !== districtOrganizationId() &&
        !service.providers.some((p) => providerOrganizationId(p.documentId) === q.organizationId)
      )
        return false;
      if (q.modifiedAfter !== undefined && Date.parse(service.updatedAt) < q.modifiedAfter) return false;
      if (q.postcode && !service.municipalities.some((m) => POSTAL_CODES[m.istatCode] === q.postcode)) return false;
      return true;
    });
  }

  /** A service as a list shows it: summary fields (minimal: only what identifies it), or whole with `full`. */
  const listed = (object: ServiceObject, q: HsdsQuery) => {
    if (q.minimal) return { id: object.id, name: object.name, status: object.status, last_modified: object.last_modified };
    if (q.full) return object;
    const { phones: _p, service_at_locations: _s, attributes: _a, ...summary } = object;
    return summary;
  };

  const organizations = async () => (await catalogue()).organizations;

  return {
    about: (base: string) => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: `${base}openapi.json` }),
    openapi: (base: string) => openApiDocument(base),

    async services(q: HsdsQuery) {
      return pageOf(
        (await filteredServices(q)).map(({ object }) => listed(object, q)),
        q
      );
    },

    /** A service by its HSDS id (or its documentId, for links from the catalogue). */
    async service(id: string) {
      const found = (await catalogue()).services.find(({ service, object }) => object.id === id || service.documentId === id);
      if (!found) notFound('servizio non trovato nel catalogo pubblico', 'service not found in the public catalogue');
      return found.object;
    },

    async organizations(q: HsdsQuery) {
      const terms = (services: ServiceObject[]) => services.flatMap((s) => s.attributes.map((a) => a.taxonomy_term));
      const rows = (await organizations()).filter(({ organization, services }) => {
        if (!matches(q.search, organization.name, organization.description)) return false;
        if (q.taxonomyTermId && !terms(services).some((t) => t.id === q.taxonomyTermId)) return false;
        if (q.taxonomyId && !terms(services).some((t) => t.taxonomy_id === q.taxonomyId)) return false;
        return true;
      });
      return pageOf(
        rows.map(({ organization, services }) => {
          if (q.fullService) return { ...organization, services };
          if (q.full) return { ...organization, services: services.map((s) => listed(s, { ...q, full: false })) };
          const { phones: _phones, ...summary } = organization;
          return summary;
        }),
        q
      );
    },

    async organization(id: string, fullService: boolean) {
      const found = (await organizations()).find((o) => o.organization.id === id);
      if (!found) notFound('ente non trovato nel catalogo pubblico', 'organization not found in the public catalogue');
      const { organization, services } = found;
      return {
        ...organization,
        services: fullService
          ? services
          : services.map(({ phones: _p, service_at_locations: _s, attributes: _a, ...summary }) => summary),
      };
    },

    async taxonomies(q: HsdsQuery) {
      return pageOf(
        taxonomyObjects().filter((t) => matches(q.search, t.name, t.description)),
        q
      );
    },

    async taxonomy(id: string) {
      const found = taxonomyObjects().find((t) => t.id === id);
      if (!found) notFound('tassonomia sconosciuta', 'unknown taxonomy');
      return found;
    },

    async taxonomyTerms(q: HsdsQuery) {
      const terms = (await catalogue()).terms.filter(
        (t) =>
          matches(q.search, t.name, t.description, t.code) && (!q.taxonomyId || t.taxonomy_id === q.taxonomyId) && !q.parentId
      );
      return pageOf(terms, q);
    },

    async taxonomyTerm(id: string) {
      const found = (await catalogue()).terms.find((t) => t.id === id);
      if (!found) notFound('voce di tassonomia sconosciuta', 'unknown taxonomy term');
      return found;
    },

    async servicesAtLocations(q: HsdsQuery) {
      const rows = (await filteredServices({ ...q, postcode: undefined })).flatMap(({ object }) =>
        object.service_at_locations
          .filter((sal) => !q.postcode || sal.location.addresses.some((a) => a.postal_code === q.postcode))
          .map((sal) => ({ ...sal, service: listed(object, { ...q, minimal: false, full: q.full }) }))
      );
      return pageOf(rows, q);
    },

    async serviceAtLocation(id: string) {
      const found = (await catalogue()).locations.get(id);
      if (found) return found;
      return notFound('servizio per sede non trovato', 'service at location not found');
    },

    datapackage: (base: string) => datapackage(base),

    /** One table of the package as CSV (`organizations.csv`, `services.csv`, ...). */
    async table(file: string) {
      const table = TABLES.find((t) => t.path === file);
      if (!table) notFound('tabella sconosciuta', 'unknown table');
      const { services, areas, providers, tables } = await catalogue();
      let csv = tables.get(table.name);
      if (csv === undefined) {
        csv = toCsv(
          table.fields.map((f) => f.name),
          tableRows(
            services.map((s) => s.service),
            areas,
            providers
          )[table.name]
        );
        tables.set(table.name, csv);
      }
      return csv;
    },
  };
};
