import { HttpError } from 'react-admin';
import type { FetchWithRefresh } from './fetchWithRefresh';
import { mapStrapiError } from './strapiErrors';
import type { HttpClient } from './types';

export interface HttpClientOptions {
  /** fetch with the Bearer token and the 401 → refresh → retry logic. */
  fetchWithAuth: FetchWithRefresh;
  /** The user's language (`it`, `en`), to pick the server's field messages in it. */
  getLanguage: () => string | undefined;
}

/**
 * The data provider's HTTP client: JSON in and out, failures thrown as react-admin's HttpError with
 * Strapi's message and its field errors keyed by field (shown under the form inputs).
 */
export function createHttpClient({ fetchWithAuth, getLanguage }: HttpClientOptions): HttpClient {
  return async (url, options = {}) => {
    const headers = new Headers(options.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    if (typeof options.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');

    const response = await fetchWithAuth(url, { ...options, headers });
    const body = await response.text();
    const json = parseJson(body);
    if (!response.ok) {
      const { message, body: errorBody } = mapStrapiError(json, response.status, response.statusText, getLanguage());
      throw new HttpError(message, response.status, errorBody);
    }
    return { status: response.status, headers: response.headers, body, json };
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
