import type { Core } from '@strapi/strapi';

/** Catalogue references by natural key, as the observatory's writes name them. */
export function createRefs(strapi: Core.Strapi) {
  const one = async (uid: string, where: Record<string, unknown>) =>
    (await strapi.db.query(uid).findOne({ where, select: ['id', 'documentId'] })) as { id: number; documentId: string } | null;
  return {
    area: (code: string) => one('api::area.area', { code }),
    objective: (code: string) => one('plugin::observatory.objective', { code }),
    /** A comune by ISTAT code or documentId. */
    municipality: async (key: string) =>
      (await one('api::municipality.municipality', { istatCode: key })) ??
      one('api::municipality.municipality', { documentId: key }),
    /** Every row (all locales) of the services with these codes. */
    services: async (codes: string[]) =>
      (await strapi.db
        .query('api::service.service')
        .findMany({ where: { code: { $in: codes } }, select: ['id', 'code', 'documentId'] })) as {
        id: number;
        code: string;
        documentId: string;
      }[],
  };
}
export type Refs = ReturnType<typeof createRefs>;
