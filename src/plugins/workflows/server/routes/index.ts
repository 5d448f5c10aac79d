import { httpErrors } from '../middlewares/http-errors';

/**
 * Content-API routes, served under /api/workflows. Who may call each one is a users-permissions permission
 * (granted per role in the app's src/bootstrap/permissions/workflows.ts); what a caller may see or do on
 * an instance is decided by the workflow's definition (its roles) in the services. Every route answers
 * 409 and 422 through the plugin's error middleware. No route writes, changes or deletes audit records.
 */
const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: [], middlewares: [httpErrors] },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('GET', '/definitions', 'definitions.find'),
      route('POST', '/definitions', 'definitions.create'),
      route('GET', '/definitions/:key', 'definitions.findOne'),
      route('PUT', '/definitions/:key', 'definitions.update'),
      route('PUT', '/definitions/:key/draft', 'definitions.saveDraft'),
      route('POST', '/definitions/:key/publish', 'definitions.publish'),
      route('GET', '/definitions/:key/running', 'definitions.running'),
      route('GET', '/definitions/:key/versions/:version', 'definitions.version'),
      route('POST', '/definitions/:key/versions/:version/retire', 'definitions.retire'),
      route('GET', '/instances', 'instances.find'),
      route('POST', '/instances', 'instances.create'),
      route('GET', '/instances/:id', 'instances.findOne'),
      route('POST', '/instances/:id/transitions', 'instances.transition'),
      route('GET', '/audit', 'audit.find'),
      route('GET', '/tasks', 'tasks.find'),
      route('POST', '/tasks/:id/complete', 'tasks.complete'),
      route('GET', '/notifications', 'notifications.find'),
      route('POST', '/notifications/:id/read', 'notifications.read'),
    ],
  },
};
