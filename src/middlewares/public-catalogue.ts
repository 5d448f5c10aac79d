import type { Core } from '@strapi/strapi';
import { publicCatalogue, type CatalogueCtx } from '../public-catalogue/public-catalogue';

/**
 * The citizens' catalogue at /catalogo (src/public-catalogue): public by design, no login and no
 * permission, like /hsds; it reads only what a citizen's GET /api/services reads.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const handle = publicCatalogue(strapi);
  return async (ctx: CatalogueCtx, next: () => Promise<void>) => {
    if (!(await handle(ctx))) await next();
  };
};
