import type { Core } from '@strapi/strapi';
import { loadViewer, type Viewer } from '../access/viewer';
import { forbidden } from '../utils/errors';
import type { Ctx } from '../utils/request';

/** The viewer of the request. */
export const viewerOf = (strapi: Core.Strapi, ctx: Ctx): Promise<Viewer> => loadViewer(strapi, ctx.state.user);

/** The viewer, who must be the secretariat (the route's permission says so too: this is the second lock). */
export async function secretariatOf(strapi: Core.Strapi, ctx: Ctx): Promise<Viewer> {
  const viewer = await loadViewer(strapi, ctx.state.user);
  if (!viewer.secretariat)
    forbidden('riservato alla segreteria (Ufficio di Piano)', 'reserved to the secretariat (Ufficio di Piano)');
  return viewer;
}
