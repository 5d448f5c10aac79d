import type { Core } from '@strapi/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/** What the workflows API tests share (Strapi started with `{ demo: true }`): a login per demo user, small definitions. */
export type Headers = Record<'udp' | 'op.bussero' | 'op.carugate' | 'ente.demo' | 'tavolo.demo', Record<string, string>>;

export const t = (it: string, en: string = it) => ({ it, en });
export const SERVICE = 'api::service.service';

export async function loadDemo(app: Core.Strapi): Promise<Headers> {
  const headers = {} as Headers;
  for (const username of ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'] as const)
    headers[username] = await authHeader(app, username);
  return headers;
}

/** documentId of a demo service by code. */
export const serviceId = (app: Core.Strapi, code: string) => documentIdOf(app, SERVICE, { code });

/** Two states back and forth (a ⇄ b) plus an end: for races, repeated on one instance. */
export const pingPong = {
  start: { roles: ['operator', 'udp'] },
  states: [
    { key: 'a', label: t('A'), kind: 'initial', colour: '#1565c0' },
    { key: 'b', label: t('B'), kind: 'normal', colour: '#f9a825' },
    { key: 'c', label: t('C'), kind: 'normal', colour: '#6a1b9a' },
    { key: 'end', label: t('Fine', 'End'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    { key: 'to-b', from: ['a', 'c'], to: 'b', label: t('Verso B', 'To B'), roles: ['operator', 'udp'] },
    { key: 'to-c', from: ['a', 'b'], to: 'c', label: t('Verso C', 'To C'), roles: ['operator', 'udp'] },
    { key: 'back', from: ['b', 'c'], to: 'a', label: t('Indietro', 'Back'), roles: ['operator', 'udp'] },
    { key: 'finish', from: ['a', 'b', 'c'], to: 'end', label: t('Fine', 'End'), roles: ['udp'] },
  ],
};

/** Creates and publishes a workflow as the UdP; returns the response of the publication. */
export async function publishWorkflow(
  app: Core.Strapi,
  udp: Record<string, string>,
  key: string,
  definition: unknown,
  contentType = SERVICE
) {
  const created = await http(app)
    .post('/api/workflows/definitions')
    .set(udp)
    .send({ data: { key, name: t(key), contentType, definition } });
  if (created.status !== 201) throw new Error(`create ${key}: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await http(app).post(`/api/workflows/definitions/${key}/publish`).set(udp);
  if (published.status !== 200) throw new Error(`publish ${key}: ${published.status} ${JSON.stringify(published.body)}`);
  return published;
}

/** Starts `workflow` on a service; returns the instance. */
export async function startOn(app: Core.Strapi, headers: Record<string, string>, workflow: string, documentId: string) {
  const response = await http(app)
    .post('/api/workflows/instances')
    .set(headers)
    .send({ workflow, subject: { type: SERVICE, documentId } });
  if (response.status !== 201) throw new Error(`start ${workflow}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data as { documentId: string; state: { key: string } };
}

export const move = (app: Core.Strapi, headers: Record<string, string>, instance: string, body: Record<string, unknown>) =>
  http(app).post(`/api/workflows/instances/${instance}/transitions`).set(headers).send(body);
