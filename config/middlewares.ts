import type { Core } from '@strapi/strapi';
import { CSP_DEFAULTS } from '@strapi/utils';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // Instead of strapi::logger, which writes whole URLs (query values can be personal data): request lines
  // without query values, and refused accesses (401/403) with who and what (src/middlewares/request-log.ts).
  'global::request-log',
  // Outside strapi::errors, so it sees the formatted error and gives every 4xx an Italian message too.
  'global::bilingual-errors',
  'strapi::errors',
  // One spelling per route: a path the router matches only case-insensitively or with a trailing slash
  // answers 404 before any guard below compares paths (src/middlewares/canonical-path.ts).
  'global::canonical-path',
  // Uploaded files are never served from the public folder: /uploads/... answers 404; the app's download
  // route checks the record's access rules (src/middlewares/private-uploads.ts).
  'global::private-uploads',
  // Database errors without their SQL and bound values (personal data) in the log; a value out of range is a 400.
  'global::database-errors',
  {
    name: 'strapi::security',
    config: {
      // helmet's defaults (script-src 'self', no inline scripts, object-src 'none', base-uri 'self')
      // plus Strapi's image hosts for its admin panel; nobody may frame the API or the admin panel.
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          ...CSP_DEFAULTS,
          'script-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    },
  },
  {
    name: 'strapi::cors',
    // CORS_ORIGINS: comma-separated origins that may call the API from a browser (e.g. another
    // front end). Empty (the default): same origin only — the console is served by this process.
    config: { origin: env.array('CORS_ORIGINS', []).filter((origin: string) => origin && origin !== '*') },
  },
  // No strapi::poweredBy: the API does not advertise its framework.
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: env('BODY_JSON_LIMIT', '1mb'),
      formLimit: env('BODY_FORM_LIMIT', '1mb'),
      textLimit: env('BODY_TEXT_LIMIT', '1mb'),
      // Multipart files stop streaming to disk past the upload limit (the upload plugin checks it again).
      formidable: { maxFileSize: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024) },
    },
  },
  // Right after parsing, before anything walks the body: nesting limit, login throttling, revoked
  // sessions, upload content checks, out-of-range numbers in queries (src/middlewares/).
  'global::json-depth',
  'global::session-revocation',
  'global::login-throttle',
  'global::upload-content',
  // The admin panel never hands out the first super admin nor the case files (src/middlewares/admin-guard.ts).
  'global::admin-guard',
  // Paging numbers beyond any table answer 400 naming the parameter, before they reach the database.
  'global::query-numbers',
  'strapi::session',
  // ETag and Cache-Control on the JSON reads and the citizens' pages: public ones revalidated (304), signed-in ones not stored.
  { name: 'global::public-cache', config: { paths: ['/api/', '/hsds', '/catalogo'] } },
  // The citizens' catalogue at /catalogo: server-rendered pages, no login (src/public-catalogue).
  'global::public-catalogue',
  // Last before the routes: a GET parameter the route never read answers 400 (src/middlewares/query-params.ts).
  { name: 'global::query-params', config: { paths: ['/api/', '/hsds'] } },
  'strapi::favicon',
  // Serves the react-admin console (admin/dist) at /console, before Strapi's public folder.
  'global::console',
  'strapi::public',
];

export default config;
