import type { Core } from '@strapi/strapi';
import { forbidden, throwIssues } from '../../../plugin-kit/errors';
import { roleOf, type RequestUser } from '../../../plugin-kit/request-user';
import { createRefs } from './refs';

/**
 * Which comuni a caller's aggregates over live records (intakes, computed indicators, the needs
 * dashboard and its exports) may cover. An operator works for the comuni linked to the account: the
 * counts of the other comuni are not theirs to read (small counts of a small comune, per need and
 * month, come close to the people behind them). The UdP runs the district's observatory and sees every
 * comune; table members (and any other role) follow the district's objectives and indicators (planning
 * data and computed indicators for the whole district, as the programming document publishes them): a
 * single comune asked by them is refused (403).
 *
 * The answer: `undefined` for the whole district, else the documentIds of the comuni to count.
 */
export async function comuniScope(
  strapi: Core.Strapi,
  user: RequestUser | undefined,
  requested: string | undefined
): Promise<string[] | undefined> {
  const refs = createRefs(strapi);
  let asked: string | undefined;
  if (requested) {
    const found = await refs.municipality(requested);
    if (!found) throwIssues([{ path: 'municipality', it: 'comune sconosciuto', en: 'unknown comune' }], ['query']);
    asked = found.documentId;
  }
  const role = roleOf(user);
  // Only the UdP reads single comuni's figures; anyone else (table members...) the district's, as published.
  if (role !== 'operator' && role !== 'udp') {
    if (asked)
      forbidden(
        'Il tuo ruolo vede i dati del distretto, non dei singoli comuni',
        "Your role sees the district's figures, not those of single comuni"
      );
    return undefined;
  }
  if (role !== 'operator') return asked ? [asked] : undefined;
  const own = await operatorComuni(strapi, (user as RequestUser).id);
  if (own.length === 0) forbidden('Il tuo account non è collegato a nessun comune', 'Your account is linked to no comune');
  if (!asked) return own;
  if (!own.includes(asked))
    forbidden('Puoi vedere solo i dati dei comuni del tuo account', 'You may only see the figures of the comuni of your account');
  return [asked];
}

async function operatorComuni(strapi: Core.Strapi, id: number): Promise<string[]> {
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id },
    select: ['id'],
    populate: { municipalities: { select: ['documentId'] } },
  })) as { municipalities?: { documentId: string }[] } | null;
  return [...new Set((user?.municipalities ?? []).map((m) => m.documentId))];
}
