import type { AuthProvider, UserIdentity } from 'react-admin';
import type { FetchWithRefresh, TokenStore } from './fetchWithRefresh';
import { canRoleAccess } from './roleAccess';
import type { AccountProfile } from './session';
import type { HttpClient } from './types';

export interface AuthProviderOptions {
  /** Base of the REST API, e.g. `/api`. */
  apiUrl: string;
  /** The platform's fetch, for the login itself. */
  fetch: typeof fetch;
  /** fetch with the token and the refresh logic (logout, session restore). */
  fetchWithAuth: FetchWithRefresh;
  /** JSON client with error mapping (profile). */
  httpClient: HttpClient;
  tokens: TokenStore;
  profiles: { get(): AccountProfile | null; set(profile: AccountProfile): void };
}

/** The identity shown in the app bar, with what the dashboard needs to greet the user. */
export interface AmbitoIdentity extends UserIdentity {
  username: string;
  role: AccountProfile['role'];
  municipalities: AccountProfile['municipalities'];
  provider: AccountProfile['provider'];
}

/**
 * Authentication against Strapi's users-permissions: `POST /auth/local` gives the access token (kept in
 * sessionStorage) and sets the refresh cookie; the profile (`GET /account/me`) gives the role, which
 * decides what the console shows (see canRoleAccess).
 */
export function createAuthProvider(options: AuthProviderOptions): AuthProvider {
  const { apiUrl, fetchWithAuth, httpClient, tokens, profiles } = options;
  let loading: Promise<AccountProfile> | null = null;

  const loadProfile = (): Promise<AccountProfile> => {
    loading ??= httpClient(`${apiUrl}/account/me`)
      .then(({ json }) => {
        const profile = json as AccountProfile;
        profiles.set(profile);
        return profile;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };

  /** The profile of the signed-in user, or null when nobody is signed in. */
  const currentProfile = async (): Promise<AccountProfile | null> => {
    if (!tokens.get()) return null;
    return profiles.get() ?? loadProfile();
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      let response: Response;
      try {
        response = await options.fetch(`${apiUrl}/auth/local`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ identifier: username, password }),
        });
      } catch {
        throw new Error('ra.notification.http_error');
      }
      const json = (await response.json().catch(() => ({}))) as { jwt?: string; error?: { message?: string } };
      if (response.status === 400 || response.status === 401) throw new Error('ra.auth.sign_in_error');
      if (!response.ok || !json.jwt) throw new Error(json.error?.message || 'ra.notification.http_error');
      tokens.clear();
      tokens.set(json.jwt);
      await loadProfile();
    },

    async logout() {
      if (tokens.get()) {
        // Revokes the refresh token server-side (and clears its cookie); a failure must not keep the user in.
        await fetchWithAuth(`${apiUrl}/auth/logout`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: '{}',
        }).catch(() => undefined);
      }
      tokens.clear();
    },

    async checkAuth() {
      if (tokens.get()) return;
      // A new tab has no access token yet, but the refresh cookie may still open the session.
      const resumable = tokens.mayResume?.() ?? true;
      if (!resumable || !(await fetchWithAuth.refresh())) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: { status?: number }) {
      // The HTTP client already tried to refresh the token: a 401 here means the session is over.
      if (error?.status === 401) {
        tokens.clear();
        throw new Error('ra.notification.logged_out');
      }
      // 403 and the rest: the user stays signed in and sees the error.
    },

    async getPermissions() {
      const profile = await currentProfile();
      return profile?.role?.type ?? null;
    },

    async getIdentity(): Promise<AmbitoIdentity> {
      const profile = await currentProfile();
      if (!profile) throw new Error('ra.auth.auth_check_error');
      return {
        id: profile.documentId,
        fullName: profile.role ? `${profile.username} (${profile.role.name})` : profile.username,
        username: profile.username,
        role: profile.role,
        municipalities: profile.municipalities ?? [],
        provider: profile.provider,
      };
    },

    async canAccess({ action, resource }) {
      const profile = await currentProfile();
      return canRoleAccess(profile?.role?.type, action, resource);
    },
  };
}
