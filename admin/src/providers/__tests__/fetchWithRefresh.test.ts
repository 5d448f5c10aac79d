import { createFetchWithRefresh, type TokenStore } from '../fetchWithRefresh';

function memoryTokens(initial: string | null): TokenStore & { value: string | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (token: string) => {
      store.value = token;
    },
    clear: () => {
      store.value = null;
    },
  };
  return store;
}

interface Sent {
  url: string;
  authorization: string | null;
  method: string;
  credentials?: RequestCredentials;
  body?: unknown;
}

/** A fetch that answers by URL: the API answers 401 to every token but `valid`. */
function fakeFetch(refreshAnswer: { status: number; jwt?: string }) {
  const sent: Sent[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const headers = new Headers(init.headers);
    sent.push({
      url,
      authorization: headers.get('Authorization'),
      method: init.method ?? 'GET',
      credentials: init.credentials,
      body: init.body,
    });
    if (url.endsWith('/auth/refresh')) {
      return new Response(JSON.stringify(refreshAnswer.jwt ? { jwt: refreshAnswer.jwt } : {}), {
        status: refreshAnswer.status,
      });
    }
    const ok = headers.get('Authorization') === 'Bearer valid';
    return new Response(ok ? '{"data":[]}' : '{"error":{"status":401}}', { status: ok ? 200 : 401 });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

describe('createFetchWithRefresh', () => {
  it('sends the access token as a Bearer header', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, jwt: 'valid' });
    const request = createFetchWithRefresh({ fetch, tokens: memoryTokens('valid'), refreshUrl: '/api/auth/refresh' });
    const response = await request('/api/services');
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0].authorization).toBe('Bearer valid');
  });

  it('on 401 refreshes the token with the cookie and an empty JSON body, then retries once', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, jwt: 'valid' });
    const tokens = memoryTokens('expired');
    const request = createFetchWithRefresh({ fetch, tokens, refreshUrl: '/api/auth/refresh' });

    const response = await request('/api/services', { method: 'PUT', body: '{"data":{}}' });

    expect(response.status).toBe(200);
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(['PUT /api/services', 'POST /api/auth/refresh', 'PUT /api/services']);
    expect(sent[1]).toMatchObject({ credentials: 'same-origin', body: '{}' });
    expect(sent[2]).toMatchObject({ authorization: 'Bearer valid', body: '{"data":{}}' });
    expect(tokens.value).toBe('valid');
  });

  it('when the refresh is refused, answers the 401 and forgets the token', async () => {
    const { fetch, sent } = fakeFetch({ status: 401 });
    const tokens = memoryTokens('expired');
    const request = createFetchWithRefresh({ fetch, tokens, refreshUrl: '/api/auth/refresh' });

    const response = await request('/api/services');

    expect(response.status).toBe(401);
    expect(sent).toHaveLength(2);
    expect(tokens.value).toBeNull();
  });

  it('shares one refresh between requests that fail together', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, jwt: 'valid' });
    const request = createFetchWithRefresh({ fetch, tokens: memoryTokens('expired'), refreshUrl: '/api/auth/refresh' });

    const answers = await Promise.all([request('/api/services'), request('/api/areas')]);

    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    expect(sent.filter((s) => s.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('does not refresh when the login itself is refused', async () => {
    const { fetch, sent } = fakeFetch({ status: 200, jwt: 'valid' });
    const request = createFetchWithRefresh({ fetch, tokens: memoryTokens(null), refreshUrl: '/api/auth/refresh' });
    const response = await request('/api/auth/local', { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    expect(sent).toHaveLength(1);
  });
});
