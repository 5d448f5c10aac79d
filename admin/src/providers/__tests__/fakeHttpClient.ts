import type { HttpClient } from '../types';

/** One request the data provider sent. */
export interface RecordedRequest {
  url: string;
  method: string;
  body: unknown;
  /** The query string's parameters, decoded. */
  params: URLSearchParams;
  path: string;
}

type CannedAnswer = { status?: number; json?: unknown } | Error;

/**
 * An HttpClient that records every request and answers with the canned answers in order
 * (an Error is thrown instead of answered, like react-admin's HttpError).
 */
export function fakeHttpClient(...answers: CannedAnswer[]) {
  const requests: RecordedRequest[] = [];
  const http: HttpClient = async (url, options = {}) => {
    const parsed = new URL(url, 'http://console.test');
    requests.push({
      url,
      method: options.method ?? 'GET',
      body: typeof options.body === 'string' ? JSON.parse(options.body) : undefined,
      params: parsed.searchParams,
      path: parsed.pathname,
    });
    const answer = answers.shift() ?? { status: 200, json: {} };
    if (answer instanceof Error) throw answer;
    return { status: answer.status ?? 200, headers: new Headers(), body: '', json: answer.json };
  };
  return { http, requests };
}

/** An error as the HTTP client throws it for a non-2xx answer. */
export function httpError(status: number, message: string, body: unknown = {}): Error {
  return Object.assign(new Error(message), { status, body });
}

/** A Strapi list answer holding `data`, with `total` documents in all. */
export function strapiList(data: object[], total = data.length, page = 1, pageSize = 25) {
  return { json: { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } } };
}
