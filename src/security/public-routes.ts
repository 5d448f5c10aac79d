/**
 * Routes of the app (content-API routes, and admin-type routers of the app's own plugins) anyone may call without logging in: `auth: false`, or an action granted to the
 * `public` role (src/bootstrap/permissions). Each is here on purpose, with the reason.
 * tests/api/security-routes.test.ts fails on a route that is reachable anonymously and not listed here,
 * and on a route with neither a permission check nor a policy that is not listed here.
 * Keys are `METHOD path` as Strapi serves them.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  // The public catalogue (docs/catalogue.md): citizens read active services and public fields only;
  // the public view (src/catalogue/public-view.ts) hides budgets, internal notes and inactive services.
  'GET /api/services': 'public catalogue',
  'GET /api/services/:id': 'public catalogue',
  'GET /api/municipalities': 'public reference data: the 9 comuni',
  'GET /api/municipalities/:id': 'public reference data: the 9 comuni',
  'GET /api/areas': 'public reference data: areas of intervention',
  'GET /api/areas/:id': 'public reference data: areas of intervention',
  'GET /api/providers': 'public register of provider organisations (no personal data)',
  'GET /api/providers/:id': 'public register of provider organisations (no personal data)',
  'GET /api/accreditations': 'public register of accreditations',
  'GET /api/accreditations/:id': 'public register of accreditations',
  'GET /api/funding-sources': 'public reference data: funding sources',
  'GET /api/funding-sources/:id': 'public reference data: funding sources',
  'GET /api/measures': 'public reference data: measures',
  'GET /api/measures/:id': 'public reference data: measures',

  // Governance: the controllers decide per body (src/plugins/governance/server/access/viewer.ts):
  // anonymous callers see public bodies, their meetings and published minutes only.
  'GET /api/governance/bodies': 'public bodies only, for anonymous callers',
  'GET /api/governance/bodies/:id': 'public bodies only, for anonymous callers',
  'GET /api/governance/bodies/:id/calendar.ics': 'calendar of a public body',
  'GET /api/governance/memberships': 'members of public bodies; e-mail and user are udp-only',
  'GET /api/governance/memberships/:id': 'members of public bodies; e-mail and user are udp-only',
  'GET /api/governance/meetings': 'meetings of public bodies',
  'GET /api/governance/meetings/:id': 'meetings of public bodies',
  'GET /api/governance/minutes': 'published minutes of public bodies',
  'GET /api/governance/minutes/:id': 'published minutes of public bodies',
  'GET /api/governance/minutes/:id/versions': 'published minutes of public bodies',
  'GET /api/governance/minutes/:id/versions/:version': 'published minutes of public bodies',
  'GET /api/governance/minutes/:id/page': 'published minutes of public bodies',
  'GET /api/governance/minutes/:id/minutes.pdf': 'published minutes of public bodies',
  'GET /api/governance/action-items': 'action items of published minutes of public bodies',
  'GET /api/governance/feeds/:token/calendar.ics': 'calendar apps cannot log in: the secret token in the URL is the credential',

  // users-permissions: the ways in. Logging in (throttled: src/middlewares/login-throttle.ts),
  // renewing the access token with the httpOnly refresh cookie, and the password-reset flow.
  'POST /api/auth/local': 'login with username or e-mail and password',
  'POST /api/auth/refresh': 'renews the access token; the refresh cookie is the credential',
  'POST /api/auth/forgot-password': 'password reset request (rate-limited by users-permissions)',
  'POST /api/auth/reset-password': 'password reset with the e-mailed code (password policy applies)',
  // Granted to `public` by users-permissions' defaults; no provider is enabled and e-mail confirmation
  // is off, so they answer 4xx. Listed so that turning one on is a visible decision.
  'GET /api/connect/(.*)': 'OAuth providers (none enabled)',
  'GET /api/auth/:provider/callback': 'OAuth providers (none enabled)',
  'GET /api/auth/email-confirmation': 'e-mail confirmation (disabled)',
  'POST /api/auth/send-email-confirmation': 'e-mail confirmation (disabled)',

  // Open Referral HSDS 3.1 publication of the public catalogue (src/plugins/observatory/server/routes):
  // an admin-type router with `auth: false` outside /api, at the paths the HSDS API reference names.
  // Same data as GET /api/services for anonymous callers: active services and public fields only.
  'GET /hsds/': 'HSDS: API version and profile',
  'GET /hsds/services': 'HSDS: active services of the public catalogue',
  'GET /hsds/services/:id': 'HSDS: one active service of the public catalogue',
  'GET /hsds/organizations': 'HSDS: the district and the providers (public fields)',
  'GET /hsds/organizations/:id': 'HSDS: one organization with its active services',
  'GET /hsds/taxonomies': 'HSDS: the taxonomies of the public catalogue (areas, procurement modes)',
  'GET /hsds/taxonomies/:id': 'HSDS: one taxonomy',
  'GET /hsds/taxonomy_terms': 'HSDS: the terms of those taxonomies',
  'GET /hsds/taxonomy_terms/:id': 'HSDS: one taxonomy term',
  'GET /hsds/service_at_locations': 'HSDS: active services per comune office',
  'GET /hsds/service_at_locations/:id': 'HSDS: one active service at one comune office',
  'GET /hsds/openapi.json': "HSDS: this API's OpenAPI document",
  'GET /hsds/datapackage.json': 'HSDS Tabular Data Package of the public catalogue',
  'GET /hsds/tables/:file': 'HSDS Tabular Data Package of the public catalogue (one CSV per table)',
};
