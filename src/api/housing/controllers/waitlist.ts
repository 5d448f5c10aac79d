import { loadCaller } from '../../../cases/caller';
import { housingWaitlist } from '../../../cases/housing/waitlist';

export default ({ strapi }: { strapi: import('@strapi/strapi').Core.Strapi }) => ({
  /** `GET /api/housing/waitlist`: the district's list in order, pseudonymised for whoever does not own the case. */
  async find(ctx: { state: { user?: never } }) {
    const caller = await loadCaller(strapi, ctx.state.user);
    return { data: await housingWaitlist(strapi, caller) };
  },
});
