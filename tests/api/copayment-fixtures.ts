import type { Core } from '@strapi/strapi';
import { authHeader, DEMO_USERS, documentIdOf } from '../helpers/http';

export type Role = keyof typeof DEMO_USERS;

/** What the co-payment API tests use: the demo loaded, a login per role, the documentIds they name. */
export interface CopaymentFixture {
  headers: Record<Role, Record<string, string>>;
  homeCare: string;
  transport: string;
  /** documentId of a comune by ISTAT code. */
  comune: (istat: string) => string;
}

export async function loadCopaymentFixture(app: Core.Strapi): Promise<CopaymentFixture> {
  const headers = {} as CopaymentFixture['headers'];
  for (const [role, username] of Object.entries(DEMO_USERS)) headers[role as Role] = await authHeader(app, username);
  const comuni = (await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'istatCode'] })) as {
    documentId: string;
    istatCode: string;
  }[];
  return {
    headers,
    homeCare: await documentIdOf(app, 'api::service.service', { code: 'sad-sadh-adh' }),
    transport: await documentIdOf(app, 'api::service.service', { code: 'trasporto-sociale' }),
    comune: (istat) => (comuni.find((c) => c.istatCode === istat) as { documentId: string }).documentId,
  };
}

type Issue = { path: string[]; it: string; en: string; where?: { it: string; en: string } };

/** A 400 naming `path` (dotted) in Italian and English, with the field (or how a person names it) in the top-level message. */
export function expectFieldError(
  response: { status: number; body: { error?: { message: string; details?: { errors?: Issue[] } } } },
  path: string
) {
  expect(response.status).toBe(400);
  const errors = response.body.error?.details?.errors ?? [];
  const found = errors.find((e) => e.path.join('.') === path);
  expect({ paths: errors.map((e) => e.path.join('.')), found: Boolean(found) }).toMatchObject({ found: true });
  expect(found?.it).toBeTruthy();
  expect(found?.en).toBeTruthy();
  expect(found?.it).not.toBe(found?.en);
  expect(response.body.error?.message).toContain(found?.where?.it ?? path);
  return found as Issue;
}

export const BUSSERO = '015040';
export const CERNUSCO = '015070';
export const GESSATE = '015106';
