import type { Core } from '@strapi/strapi';

type Controller = Record<string, (ctx: ForgotCtx, ...rest: unknown[]) => Promise<unknown>>;
interface ForgotCtx {
  send(body: unknown): void;
}
interface Plugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { auth: (deps: { strapi: Core.Strapi }) => Controller };
}

/**
 * `POST /api/auth/forgot-password` must answer the same for a known and an unknown e-mail. Strapi answers
 * 200 for an unknown one but lets a failure to send the e-mail (no mail provider configured, the server
 * down) end in a 500 for a known one: which tells anyone which addresses have an account. A sending
 * failure is logged (without the address) and answered like every other request. Input errors (not an
 * e-mail) stay 400: they are the same for every address.
 */
function sameAnswerForEveryAddress(plugin: Plugin): void {
  const original = plugin.controllers.auth;
  plugin.controllers.auth = (deps) => {
    const controller = original(deps);
    const forgotPassword = controller.forgotPassword;
    return {
      ...controller,
      async forgotPassword(ctx: ForgotCtx, ...rest: unknown[]) {
        try {
          return await forgotPassword(ctx, ...rest);
        } catch (error) {
          if ((error as { name?: string }).name === 'ValidationError') throw error;
          deps.strapi.log.error(`Password reset e-mail not sent: ${(error as { name?: string }).name ?? 'Error'}`);
          ctx.send({ ok: true });
        }
      },
    };
  };
}

/**
 * Links a user to what bounds their access: the comuni of an operator, the provider of provider staff.
 */
export default (plugin: Plugin) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.municipalities = {
    type: 'relation',
    relation: 'manyToMany',
    target: 'api::municipality.municipality',
  };
  // `provider` is taken: users-permissions uses it for the login provider ("local").
  attributes.linkedProvider = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::provider.provider',
  };
  sameAnswerForEveryAddress(plugin);
  return plugin;
};
