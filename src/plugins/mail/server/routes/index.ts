/**
 * Content-API routes under /api/mail. Who may call each is a users-permissions permission granted per
 * role in src/bootstrap/permissions/mail.ts; the preferences are always the caller's own.
 */
const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('GET', '/preferences', 'preferences.find'),
      route('PUT', '/preferences', 'preferences.update'),
      route('GET', '/status', 'preferences.status'),
    ],
  },
};
