/**
 * This API's own OpenAPI 3.1 document (`/hsds/openapi.json`, named by the root's `openapi_url`): the
 * endpoints and parameters of the Open Referral HSDS 3.1 API reference that Ambito serves, with its
 * server, licence and contact, and the answers described by the specification's published schemas.
 */
const SCHEMAS = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

const parameter = (name: string, description: string, type: 'string' | 'integer' | 'boolean' = 'string') => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type },
});

const PARAMETERS = {
  search: parameter('search', 'Ricerca nel testo (nome, descrizione, codice) / Full text search.'),
  page: parameter('page', 'Numero di pagina / Page number of paginated result.', 'integer'),
  per_page: parameter('per_page', 'Elementi per pagina (al massimo 200) / Number of results in a page (at most 200).', 'integer'),
  format: parameter('format', '`json` (predefinito) o `ndjson` / `json` (default) or `ndjson`.'),
  taxonomy_term_id: parameter(
    'taxonomy_term_id',
    'Solo i record con questa voce di tassonomia / Records with this taxonomy term.'
  ),
  taxonomy_id: parameter(
    'taxonomy_id',
    'Solo i record con una voce di questa tassonomia / Records with any term of this taxonomy.'
  ),
  organization_id: parameter('organization_id', 'Solo i servizi di questo ente / Services of this organization.'),
  modified_after: parameter(
    'modified_after',
    'Solo i record modificati da questa data e ora (ISO 8601) / Modified on or after this date-time.'
  ),
  minimal: parameter(
    'minimal',
    'Solo identificativo, nome, stato e data di modifica / Only id, name, status and last modified.',
    'boolean'
  ),
  full: parameter('full', 'Record completamente annidati / Fully nested records.', 'boolean'),
  full_service: parameter('full_service', 'Ente con i suoi servizi completi / Organization with its full services.', 'boolean'),
  postcode: parameter('postcode', 'CAP di un comune servito / Postcode of a comune served.'),
  proximity: parameter(
    'proximity',
    'Accettato e ignorato: il catalogo non ha coordinate / Accepted and ignored: the catalogue has no coordinates.'
  ),
  top_only: parameter('top_only', 'Solo le voci di primo livello (tutte lo sono) / Top-level terms only (all are).', 'boolean'),
  parent_id: parameter('parent_id', 'Voci figlie di questa (nessuna) / Children of this term (none).'),
};
type ParameterName = keyof typeof PARAMETERS;

const ref = (path: string) => ({ $ref: `${SCHEMAS}/${path}` });
const json = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } });
const page = (item: object) => ({
  allOf: [{ $ref: '#/components/schemas/Page' }],
  properties: { contents: { type: 'array', items: item } },
});
const notFound = { description: 'Non trovato / Not found' };
const badRequest = { description: 'Parametro non valido (messaggio in italiano e inglese) / Invalid parameter' };
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

const list = (summary: string, names: ParameterName[], item: object) => ({
  get: {
    summary,
    parameters: names.map((n) => ({ $ref: `#/components/parameters/${n}` })),
    responses: { 200: json(summary, page(item)), 400: badRequest },
  },
});
const one = (summary: string, schema: object, names: ParameterName[] = []) => ({
  parameters: [idParameter],
  get: {
    summary,
    parameters: names.map((n) => ({ $ref: `#/components/parameters/${n}` })),
    responses: { 200: json(summary, schema), 404: notFound },
  },
});

const COMMON: ParameterName[] = ['search', 'page', 'per_page', 'format'];

export function openApiDocument(base: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ambito – Carta dei servizi del Distretto 4 (Open Referral HSDS 3.1)',
      version: '3.1',
      summary:
        "Servizi sociali attivi dei 9 comuni dell'Ambito di Cernusco sul Naviglio / Active social services of the district",
      description:
        'API pubblica, in sola lettura, del catalogo dei servizi: solo servizi attivi e campi pubblici. / Public read-only API of the service catalogue: active services and public fields only.',
      contact: { name: 'Ufficio di Piano – Ambito Distretto 4' },
      license: { name: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: base.replace(/\/$/, '') }],
    paths: {
      '/': {
        get: {
          summary: "Versione HSDS e profilo di questa API / This API's HSDS version and profile",
          responses: {
            200: json('Informazioni sull’API / API information', {
              type: 'object',
              properties: {
                version: { type: 'string' },
                profile: { type: 'string', format: 'uri' },
                openapi_url: { type: 'string', format: 'uri' },
              },
            }),
          },
        },
      },
      '/services': list(
        'Servizi / Services',
        [
          ...COMMON,
          'taxonomy_term_id',
          'taxonomy_id',
          'organization_id',
          'modified_after',
          'minimal',
          'full',
          'postcode',
          'proximity',
        ],
        ref('compiled/service_list.json')
      ),
      '/services/{id}': one('Un servizio / One service', ref('compiled/service.json')),
      '/taxonomies': list('Tassonomie / Taxonomies', COMMON, ref('taxonomy.json')),
      '/taxonomies/{id}': one('Una tassonomia / One taxonomy', ref('taxonomy.json')),
      '/taxonomy_terms': list(
        'Voci di tassonomia / Taxonomy terms',
        [...COMMON, 'taxonomy_id', 'top_only', 'parent_id'],
        ref('taxonomy_term.json')
      ),
      '/taxonomy_terms/{id}': one('Una voce di tassonomia / One taxonomy term', ref('taxonomy_term.json')),
      '/organizations': list(
        'Enti / Organizations',
        [...COMMON, 'full_service', 'full', 'taxonomy_term_id', 'taxonomy_id'],
        ref('compiled/organization_list.json')
      ),
      '/organizations/{id}': one('Un ente / One organization', ref('compiled/organization.json'), ['full_service']),
      '/service_at_locations': list(
        'Servizi per sede / Services at locations',
        [...COMMON, 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'postcode', 'proximity'],
        ref('compiled/service_at_location_list.json')
      ),
      '/service_at_locations/{id}': one(
        'Un servizio per sede / One service at a location',
        ref('compiled/service_at_location.json')
      ),
    },
    components: {
      parameters: PARAMETERS,
      schemas: {
        Page: {
          type: 'object',
          properties: {
            total_items: { type: 'integer' },
            total_pages: { type: 'integer' },
            page_number: { type: 'integer' },
            size: { type: 'integer', description: 'Elementi in questa pagina / Items in this page' },
            first_page: { type: 'boolean' },
            last_page: { type: 'boolean' },
            empty: { type: 'boolean' },
          },
        },
      },
    },
  };
}
