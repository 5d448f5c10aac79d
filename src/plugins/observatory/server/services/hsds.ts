import type { Core, UID } from '@strapi/strapi';
import { publicView, restrictPublicQuery } from '../../../../catalogue/public-view';
import { notFound } from '../../../plugin-kit/errors';
import { hsdsId } from '../hsds/ids';
import { datapackage, tableRows, TABLES } from '../hsds/package';
import { serviceObject, type PublicService } from '../hsds/tables';
import { toCsv } from '../render/csv';

const SERVICE = 'api::service.service' as UID.ContentType;
export const HSDS_VERSION = '3.1';
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/v3.1/';

const POPULATE = {
  area: { fields: ['code', 'name', 'description'] },
  municipalities: { fields: ['name', 'istatCode'] },
};

/**
 * The public catalogue as Open Referral HSDS 3.1: only active services and public fields, read with the
 * catalogue's own public view (the same rules as /api/services for a citizen), in Italian.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function publicServices(extra: { start?: number; limit?: number } = {}): Promise<PublicService[]> {
    const query: Record<string, unknown> = { populate: POPULATE, locale: 'it', sort: ['code:asc'], ...extra };
    restrictPublicQuery(SERVICE, query);
    const rows = await strapi.documents(SERVICE).findMany(query as never);
    return (await publicView(strapi, SERVICE, rows)) as unknown as PublicService[];
  }
  async function countPublic(): Promise<number> {
    const query: Record<string, unknown> = { locale: 'it' };
    restrictPublicQuery(SERVICE, query);
    return strapi.documents(SERVICE).count(query as never);
  }

  return {
    about: () => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: 'https://docs.openreferral.org/en/v3.1/_downloads/openapi.json' }),

    /** One page of services with HSDS's pagination fields. */
    async page(pageNumber: number, size: number) {
      const total = await countPublic();
      const services = await publicServices({ start: (pageNumber - 1) * size, limit: size });
      const totalPages = Math.max(1, Math.ceil(total / size));
      return {
        total_items: total,
        total_pages: totalPages,
        page_number: pageNumber,
        size,
        first_page: pageNumber === 1,
        last_page: pageNumber >= totalPages,
        empty: services.length === 0,
        contents: services.map(serviceObject),
      };
    },

    /** A service by its HSDS id (or its documentId, for links from the catalogue). */
    async service(id: string) {
      const all = await publicServices();
      const found = all.find((s) => hsdsId('service', s.documentId) === id || s.documentId === id);
      if (!found) notFound('servizio non trovato nel catalogo pubblico', 'service not found in the public catalogue');
      return serviceObject(found);
    },

    datapackage: (base: string) => datapackage(base),

    /** One table of the package as CSV (`organizations.csv`, `services.csv`, ...). */
    async table(file: string) {
      const table = TABLES.find((t) => t.path === file);
      if (!table) notFound('tabella sconosciuta', 'unknown table');
      const services = await publicServices();
      const areas = (await strapi.db.query('api::area.area').findMany({ where: { legacy: false, locale: 'it' }, select: ['code', 'name', 'description'] })) as {
        code: string;
        name: string;
        description: string | null;
      }[];
      const rows = tableRows(services, areas)[table.name];
      return toCsv(table.fields.map((f) => f.name), rows);
    },
  };
};
