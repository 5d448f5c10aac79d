import type { TokenStore } from './fetchWithRefresh';

/** The signed-in user, as `GET /api/account/me` describes them. */
export interface AccountProfile {
  id: number;
  documentId: string;
  username: string;
  email: string;
  role: { type: string; name: string } | null;
  municipalities: { documentId: string; name: string }[];
  provider: { documentId: string; name: string } | null;
}

const TOKEN_KEY = 'ambito.jwt';
const PROFILE_KEY = 'ambito.profile';
/** In localStorage, shared by the tabs: someone signed in here and did not sign out (no secret in it). */
const RESUMABLE_KEY = 'ambito.resumable';

/**
 * The browser tab's session: the access token and the profile live in sessionStorage (gone when the
 * tab closes; the refresh token stays in its httpOnly cookie, out of the page's reach).
 */
export const sessionTokens: TokenStore = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token) => {
    sessionStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(RESUMABLE_KEY, '1');
  },
  clear: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(PROFILE_KEY);
    localStorage.removeItem(RESUMABLE_KEY);
  },
  mayResume: () => localStorage.getItem(RESUMABLE_KEY) === '1',
};

export const sessionProfile = {
  get(): AccountProfile | null {
    const stored = sessionStorage.getItem(PROFILE_KEY);
    if (!stored) return null;
    try {
      return JSON.parse(stored) as AccountProfile;
    } catch {
      return null;
    }
  },
  set(profile: AccountProfile): void {
    sessionStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
  },
};
