/**
 * Content-API routes, served under /api/observatory. Who may call each is a users-permissions
 * permission granted per role in src/bootstrap/permissions/observatory.ts; every answer is an aggregate
 * or planning data (no personal data), so no route needs a policy of its own; the aggregates over live
 * records follow the caller's comuni (an operator: those of the account, see data/comuni-scope.ts).
 *
 * The Open Referral HSDS routes live outside /api, at /hsds/...: a router of Strapi's `admin` type with
 * prefix /hsds and `auth: false` — the public catalogue, readable by anyone, exactly as the HSDS API
 * reference names its paths. They answer only active services and public fields.
 */
import { forbiddenReasons } from '../../../forms/server/middlewares/forbidden-reasons';

// forbiddenReasons: a 403 of the observatory's own (an operator asking for another comune) keeps its
// bilingual reason instead of Strapi's bare "Forbidden".
const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: [], middlewares: [forbiddenReasons] },
});
// Public by design (the HSDS publication of the public catalogue): no login, no permission.
const open = (path: string, handler: string) => ({ method: 'GET', path, handler, config: { auth: false, policies: [] } });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('GET', '/objectives', 'objectives.find'),
      route('POST', '/objectives', 'objectives.create'),
      route('GET', '/objectives/:id', 'objectives.findOne'),
      route('PUT', '/objectives/:id', 'objectives.update'),

      route('GET', '/indicators', 'indicators.find'),
      route('POST', '/indicators', 'indicators.create'),
      route('POST', '/indicators/preview', 'indicators.preview'),
      route('GET', '/indicators/:id', 'indicators.findOne'),
      route('PUT', '/indicators/:id', 'indicators.update'),
      route('GET', '/indicators/:id/compute', 'indicators.compute'),
      route('PUT', '/indicators/:id/values/:year', 'indicators.setValue'),
      route('POST', '/indicators/:id/values/:year/snapshot', 'indicators.snapshot'),

      route('GET', '/demographics', 'demographics.find'),
      route('POST', '/demographics', 'demographics.create'),
      route('GET', '/demographics/:id', 'demographics.findOne'),
      route('PUT', '/demographics/:id', 'demographics.update'),

      route('GET', '/evaluation-table', 'evaluation.table'),
      route('GET', '/exports/:dataset', 'exports.download'),
      route('GET', '/dashboard', 'dashboard.summary'),
    ],
  },
  hsds: {
    type: 'admin',
    prefix: '/hsds',
    routes: [
      open('/', 'hsds.about'),
      open('/services', 'hsds.services'),
      open('/services/:id', 'hsds.service'),
      open('/organizations', 'hsds.organizations'),
      open('/organizations/:id', 'hsds.organization'),
      open('/taxonomies', 'hsds.taxonomies'),
      open('/taxonomies/:id', 'hsds.taxonomy'),
      open('/taxonomy_terms', 'hsds.taxonomyTerms'),
      open('/taxonomy_terms/:id', 'hsds.taxonomyTerm'),
      open('/service_at_locations', 'hsds.servicesAtLocations'),
      open('/service_at_locations/:id', 'hsds.serviceAtLocation'),
      open('/openapi.json', 'hsds.openapi'),
      open('/datapackage.json', 'hsds.datapackage'),
      open('/tables/:file', 'hsds.table'),
    ],
  },
};
