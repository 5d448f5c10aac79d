import type { BilingualIssue } from '../plugins/plugin-kit/errors';

export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads only the first 72 bytes: a longer password would be silently truncated. */
export const MAX_PASSWORD_BYTES = 72;

/** What is wrong with a staff password, in Italian and English; empty when it is acceptable. */
export function passwordIssues(password: string, identities: (string | null | undefined)[]): BilingualIssue[] {
  const issues: BilingualIssue[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    issues.push({
      path: 'password',
      it: `deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri`,
      en: `must have at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    issues.push({
      path: 'password',
      it: `non può superare ${MAX_PASSWORD_BYTES} byte`,
      en: `cannot exceed ${MAX_PASSWORD_BYTES} bytes`,
    });
  }
  const normalised = password.normalize('NFKC').trim().toLowerCase();
  const names = identities
    .filter((name): name is string => typeof name === 'string' && name.trim().length >= 3)
    .flatMap((name) => {
      const lower = name.normalize('NFKC').trim().toLowerCase();
      return [lower, lower.split('@')[0]];
    })
    .filter((name) => name.length >= 3);
  if (names.some((name) => normalised.includes(name))) {
    issues.push({
      path: 'password',
      it: 'non può contenere il nome utente o l’e-mail',
      en: 'cannot contain the username or e-mail',
    });
  }
  return issues;
}
