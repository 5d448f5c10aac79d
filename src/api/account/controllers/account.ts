import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export interface AccountProfile {
  id: number;
  documentId: string;
  username: string;
  email: string;
  role: { type: string; name: string } | null;
  municipalities: { documentId: string; name: string }[];
  provider: { documentId: string; name: string } | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: { state: { user?: { id: number } }; body: unknown }) {
    if (!ctx.state.user) throw new errors.UnauthorizedError('Accesso richiesto / Login required');
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({
      where: { id: ctx.state.user.id },
      populate: {
        role: true,
        municipalities: { select: ['documentId', 'name'] },
        linkedProvider: { select: ['documentId', 'name'] },
      },
    });
    const profile: AccountProfile = {
      id: user.id,
      documentId: user.documentId,
      username: user.username,
      email: user.email,
      role: user.role ? { type: user.role.type, name: user.role.name } : null,
      municipalities: (user.municipalities ?? []).map((m: { documentId: string; name: string }) => ({
        documentId: m.documentId,
        name: m.name,
      })),
      provider: user.linkedProvider ? { documentId: user.linkedProvider.documentId, name: user.linkedProvider.name } : null,
    };
    ctx.body = profile;
  },
});
