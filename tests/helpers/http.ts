import request from 'supertest';
import type { Stream } from 'node:stream';
import type { Core } from '@strapi/strapi';

export const DEMO_PASSWORD = 'Demo!Ambito2026';
export const DEMO_USERS = { udp: 'udp', operator: 'op.bussero', provider: 'ente.demo', tableMember: 'tavolo.demo' } as const;

export function http(app: Core.Strapi) {
  return request(app.server.httpServer);
}

/** Logs in through users-permissions (POST /api/auth/local) and returns the Authorization header. */
export async function authHeader(app: Core.Strapi, username: string): Promise<Record<string, string>> {
  const response = await http(app).post('/api/auth/local').send({ identifier: username, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { Authorization: `Bearer ${response.body.jwt}` };
}

/** The documentId of the first record of a collection matching a filter, as the UdP sees it. */
export async function documentIdOf(app: Core.Strapi, uid: string, filters: Record<string, unknown>): Promise<string> {
  const found = await app.documents(uid as never).findFirst({ filters } as never);
  if (!found) throw new Error(`no ${uid} matching ${JSON.stringify(filters)}`);
  return (found as { documentId: string }).documentId;
}

/** supertest's `.parse(binaryParser)`: a binary answer (PDF, XLSX, a file) as one Buffer. */
export function binaryParser(res: Stream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
