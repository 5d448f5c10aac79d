/**
 * Shapes of Strapi 5's REST API as the console sees them, and of the HTTP client the data
 * provider is built on. Kept free of runtime imports so the providers can be unit-tested in Node.
 */

/** A document as Strapi 5 returns it: numeric `id`, stable `documentId`, then its fields. */
export interface StrapiDocument {
  id?: number;
  documentId: string;
  [field: string]: unknown;
}

/** Strapi's page-based pagination, as found in `meta.pagination`. */
export interface StrapiPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** The answer of a list request (`GET /api/<plural>`). */
export interface StrapiListResponse {
  data: StrapiDocument[];
  meta: { pagination: StrapiPagination };
}

/** The answer of a single-document request (`GET|POST|PUT /api/<plural>[/:documentId]`). */
export interface StrapiSingleResponse {
  data: StrapiDocument;
}

/** One problem with one field, in the server's words (Italian and English when the server knows both). */
export interface StrapiFieldError {
  path: (string | number)[];
  message: string;
  it?: string;
  en?: string;
}

/** Strapi's error body: `{ error: { status, name, message, details } }`. */
export interface StrapiErrorBody {
  data?: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: { errors?: StrapiFieldError[] } & Record<string, unknown>;
  };
}

/** What `populate` may be: `'*'`, a list of relation names, or Strapi's nested object form. */
export type Populate = string | string[] | { [relation: string]: unknown };

/** Options every data provider method reads from react-admin's `meta`. */
export type StrapiMeta = {
  /** Relations and components to include in the answer. */
  populate?: Populate;
  /** Content locale (`it`, `en`) of a localized content type; Strapi's default locale when absent. */
  locale?: string;
  /**
   * getOne only: the locale to read when the requested one has no version yet (Strapi answers 404).
   * The record then carries the fallback's `locale`, so a form can start from it.
   */
  fallbackLocale?: string;
};

/** The part of a `fetch` response the data provider uses (same shape as react-admin's fetchJson). */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  json: unknown;
}

/** Sends one request; rejects with an error carrying `status` (react-admin's HttpError) when not 2xx. */
export type HttpClient = (url: string, options?: RequestInit) => Promise<HttpResponse>;
