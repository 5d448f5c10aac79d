// Content-API routes, served under /api/forms. Who may call each one is a users-permissions permission
// (granted per role in the app's src/bootstrap/roles.ts); who may fill a form is part of the form itself,
// refused by the plugin with its own reason (see forbiddenReasons).
import { forbiddenReasons } from '../middlewares/forbidden-reasons';

const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: [], middlewares: [forbiddenReasons] },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('GET', '/definitions', 'definitions.find'),
      route('POST', '/definitions', 'definitions.create'),
      route('GET', '/definitions/:key', 'definitions.findOne'),
      route('PUT', '/definitions/:key', 'definitions.update'),
      route('DELETE', '/definitions/:key', 'definitions.remove'),
      route('PUT', '/definitions/:key/draft', 'definitions.saveDraft'),
      route('DELETE', '/definitions/:key/draft', 'definitions.discardDraft'),
      route('POST', '/definitions/:key/duplicate', 'definitions.duplicate'),
      route('GET', '/definitions/:key/responses', 'responses.find'),
      route('POST', '/definitions/:key/publish', 'definitions.publish'),
      route('GET', '/definitions/:key/published', 'definitions.published'),
      route('POST', '/definitions/:key/validate', 'submissions.validate'),
      route('GET', '/definitions/:key/diff', 'definitions.diff'),
      route('GET', '/definitions/:key/versions/:version', 'definitions.version'),
      route('POST', '/definitions/:key/versions/:version/retire', 'definitions.retire'),
      route('GET', '/submissions', 'submissions.find'),
      route('POST', '/submissions', 'submissions.create'),
      route('GET', '/submissions/:id', 'submissions.findOne'),
      route('PUT', '/submissions/:id', 'submissions.update'),
    ],
  },
};
