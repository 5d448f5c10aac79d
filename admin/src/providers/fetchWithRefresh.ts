/** Where the access token (JWT) lives between requests. */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /**
   * Whether a session may be resumed with the refresh cookie (which the page cannot see): false
   * spares a refresh request that can only be refused, e.g. on a first visit. Assumed true if absent.
   */
  mayResume?(): boolean;
}

export interface FetchWithRefreshOptions {
  /** The platform's fetch (injected so that tests can fake it). */
  fetch: typeof fetch;
  tokens: TokenStore;
  /** `POST` here, with the httpOnly refresh cookie, answers `{ jwt }`. */
  refreshUrl: string;
  /** URLs whose 401 means "refused", not "token expired" (by default login and refresh themselves). */
  isAuthUrl?: (url: string) => boolean;
}

export interface FetchWithRefresh {
  /** fetch with `Authorization: Bearer <jwt>`; on 401, refreshes the token once and retries once. */
  (url: string, init?: RequestInit): Promise<Response>;
  /** Asks for a new access token; resolves to it, or to null (and forgets the old one) when refused. */
  refresh(): Promise<string | null>;
}

/**
 * Access tokens live 10 minutes: on a 401 this asks `refreshUrl` for a new one (the refresh token is
 * an httpOnly cookie, hence `credentials: 'same-origin'`) and retries the request once with it.
 * Concurrent 401s share one refresh. When the refresh is refused, the 401 is returned as it came, and
 * the token is cleared, so that the auth provider logs the user out.
 */
export function createFetchWithRefresh(options: FetchWithRefreshOptions): FetchWithRefresh {
  const { fetch: doFetch, tokens, refreshUrl } = options;
  const isAuthUrl = options.isAuthUrl ?? ((url: string) => /\/auth\/(local|refresh)\b/.test(url));
  let pending: Promise<string | null> | null = null;

  const send = (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const token = tokens.get();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return doFetch(url, { credentials: 'same-origin', ...init, headers });
  };

  const askForToken = async (): Promise<string | null> => {
    try {
      const response = await doFetch(refreshUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{}',
      });
      if (!response.ok) return null;
      const json = (await response.json()) as { jwt?: unknown };
      return typeof json.jwt === 'string' && json.jwt ? json.jwt : null;
    } catch {
      return null;
    }
  };

  const refresh = (): Promise<string | null> => {
    pending ??= askForToken()
      .then((jwt) => {
        if (jwt) tokens.set(jwt);
        else tokens.clear();
        return jwt;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const fetchWithRefresh = (async (url: string, init?: RequestInit) => {
    const used = tokens.get();
    const response = await send(url, init);
    if (response.status !== 401 || isAuthUrl(url)) return response;
    // Another request may have refreshed the token meanwhile: then retry with it, without refreshing again.
    const current = tokens.get();
    const jwt = current && current !== used ? current : await refresh();
    return jwt ? send(url, init) : response;
  }) as FetchWithRefresh;
  fetchWithRefresh.refresh = refresh;
  return fetchWithRefresh;
}
