import type { Core } from '@strapi/strapi';
import { UID } from './rows';
import type { AmendmentRow, BodyRow, CatalogueRef, MeetingRow, MembershipRow, MinutesRow } from './rows';

/**
 * Reads of the plugin's records with exactly the relations and columns its views need (users only by
 * id, documentId and username: never a password hash or an e-mail through a relation).
 */
const LOCALIZED_REF = { select: ['id', 'documentId', 'name', 'code', 'locale'] };
const BODY_COLUMNS = ['id', 'documentId', 'code', 'name', 'type', 'description', 'public', 'compositionRules', 'quorumRule'];
const BODY_POPULATE = { area: LOCALIZED_REF, services: LOCALIZED_REF };
const USER_REF = { select: ['id', 'documentId', 'username'] };
const MEMBERSHIP_POPULATE = {
  body: { select: ['id', 'documentId', 'name', 'public'] },
  user: USER_REF,
  municipality: { select: ['id', 'documentId', 'name', 'population'] },
  provider: { select: ['id', 'documentId', 'name'] },
  delegateFor: { select: ['documentId', 'name'] },
};
const MEETING_POPULATE = { body: { select: BODY_COLUMNS, populate: BODY_POPULATE } };

/**
 * Relations to the catalogue's localized types may hold one row per locale: one per document, the
 * Italian one first.
 */
export function uniqueRefs<T extends CatalogueRef>(refs: T[] | null | undefined): T[] {
  const byDocument = new Map<string, T>();
  for (const ref of refs ?? []) {
    const seen = byDocument.get(ref.documentId);
    if (!seen || (seen.locale !== 'it' && ref.locale === 'it')) byDocument.set(ref.documentId, ref);
  }
  return [...byDocument.values()];
}

function tidyBody<T extends BodyRow | null | undefined>(body: T): T {
  if (body) {
    body.services = uniqueRefs(body.services);
    body.area = body.area ?? null;
  }
  return body;
}

type Where = Record<string, unknown>;

export function createQueries(strapi: Core.Strapi) {
  const q = (uid: string) => strapi.db.query(uid);
  return {
    async bodies(where: Where = {}): Promise<BodyRow[]> {
      const rows = (await q(UID.body).findMany({
        where,
        select: BODY_COLUMNS,
        populate: BODY_POPULATE,
        orderBy: { name: 'asc' },
      })) as BodyRow[];
      return rows.map(tidyBody);
    },
    async body(documentId: string): Promise<BodyRow | null> {
      return tidyBody(
        (await q(UID.body).findOne({ where: { documentId }, select: BODY_COLUMNS, populate: BODY_POPULATE })) as BodyRow | null
      );
    },
    async memberships(where: Where = {}): Promise<MembershipRow[]> {
      return (await q(UID.membership).findMany({
        where,
        populate: MEMBERSHIP_POPULATE,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      })) as MembershipRow[];
    },
    async membership(documentId: string): Promise<MembershipRow | null> {
      return (await q(UID.membership).findOne({ where: { documentId }, populate: MEMBERSHIP_POPULATE })) as MembershipRow | null;
    },
    async meetings(where: Where = {}): Promise<MeetingRow[]> {
      const rows = (await q(UID.meeting).findMany({
        where,
        populate: MEETING_POPULATE,
        orderBy: { startsAt: 'asc' },
      })) as MeetingRow[];
      return rows.filter((row) => row.body).map((row) => ({ ...row, body: tidyBody(row.body) }));
    },
    async meeting(documentId: string): Promise<MeetingRow | null> {
      const row = (await q(UID.meeting).findOne({ where: { documentId }, populate: MEETING_POPULATE })) as MeetingRow | null;
      return row && row.body ? { ...row, body: tidyBody(row.body) } : null;
    },
    async minutesList(where: Where = {}): Promise<MinutesRow[]> {
      const rows = (await q(UID.minutes).findMany({
        where,
        populate: { meeting: { populate: MEETING_POPULATE } },
        orderBy: { id: 'asc' },
      })) as MinutesRow[];
      return rows.filter((row) => row.meeting?.body);
    },
    async minutes(documentId: string): Promise<MinutesRow | null> {
      const row = (await q(UID.minutes).findOne({
        where: { documentId },
        populate: { meeting: { populate: MEETING_POPULATE } },
      })) as MinutesRow | null;
      return row && row.meeting?.body ? row : null;
    },
    async amendments(minutesId: number): Promise<AmendmentRow[]> {
      return (await q(UID.amendment).findMany({
        where: { minutes: { id: minutesId } },
        populate: { author: USER_REF },
        orderBy: { id: 'asc' },
      })) as AmendmentRow[];
    },
    /** The district's comuni with their residents (for composition and population-weighted quorum). */
    async municipalities(): Promise<(CatalogueRef & { population: number })[]> {
      return (await q('api::municipality.municipality').findMany({
        select: ['id', 'documentId', 'name', 'population'],
        orderBy: { name: 'asc' },
      })) as (CatalogueRef & {
        population: number;
      })[];
    },
    /** Services by documentId, each with its providers (the enti gestori a GPS must seat). */
    async servicesWithProviders(documentIds: string[]): Promise<(CatalogueRef & { providers: CatalogueRef[] })[]> {
      if (documentIds.length === 0) return [];
      const rows = (await q('api::service.service').findMany({
        where: { documentId: { $in: documentIds } },
        select: ['id', 'documentId', 'name', 'code', 'locale'],
        populate: { providers: { select: ['id', 'documentId', 'name'] } },
      })) as (CatalogueRef & { providers: CatalogueRef[] })[];
      const merged = new Map<string, CatalogueRef & { providers: CatalogueRef[] }>();
      for (const row of rows) {
        const seen = merged.get(row.documentId);
        const providers = uniqueRefs([...(seen?.providers ?? []), ...(row.providers ?? [])]);
        const preferred = !seen || (seen.locale !== 'it' && row.locale === 'it') ? row : seen;
        merged.set(row.documentId, { ...preferred, providers });
      }
      return [...merged.values()];
    },
    /** documentId, name (and code) of catalogue records, one per document. */
    async catalogueRefs(uid: string, documentIds: string[]): Promise<Map<string, CatalogueRef>> {
      if (documentIds.length === 0) return new Map();
      const localized = uid === 'api::service.service' || uid === 'api::area.area';
      const rows = (await q(uid).findMany({
        where: { documentId: { $in: documentIds } },
        select: localized ? ['id', 'documentId', 'name', 'code', 'locale'] : ['id', 'documentId', 'name'],
      })) as CatalogueRef[];
      return new Map(uniqueRefs(rows).map((row) => [row.documentId, row]));
    },
    /** Which of these documentIds exist in `uid` (reference checks). */
    async existing(uid: string, documentIds: string[]): Promise<Set<string>> {
      if (documentIds.length === 0) return new Set();
      const rows = (await q(uid).findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId'] })) as {
        documentId: string;
      }[];
      return new Set(rows.map((r) => r.documentId));
    },
  };
}

export type Queries = ReturnType<typeof createQueries>;
