import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import type { FetchWithRefresh } from '../../providers/fetchWithRefresh';
import { mapStrapiError } from '../../providers/strapiErrors';
import type { HttpClient } from '../../providers/types';
import type { Account, AttendanceEntry, MeetingRecord, MinutesRecord, MinutesVersion, NewAmendment } from './types';
import { toGovernancePayload } from './payload';

/** The console's governance resources and their paths under `/api/governance`. */
export const GOVERNANCE_PATHS: Record<string, string> = {
  'governance-bodies': 'bodies',
  'governance-memberships': 'memberships',
  'governance-meetings': 'meetings',
  'governance-minutes': 'minutes',
  'governance-action-items': 'action-items',
  'governance-minutes-templates': 'minutes-templates',
};

/** The filters each list route understands (plain query parameters, not Strapi's `filters[...]`). */
const LIST_FILTERS: Record<string, string[]> = {
  'governance-bodies': ['type'],
  'governance-memberships': ['body'],
  'governance-meetings': ['body', 'from', 'to'],
  'governance-minutes': ['meeting', 'body', 'state'],
  'governance-action-items': ['minutes', 'body', 'service', 'status'],
  'governance-minutes-templates': [],
};

/** The governance routes beyond CRUD, called through `useDataProvider()`. */
export interface GovernanceApi {
  governanceConvene(meeting: Identifier): Promise<MeetingRecord>;
  governanceCancel(meeting: Identifier): Promise<MeetingRecord>;
  /** A held meeting back to convened (until its minutes exist). */
  governanceReopen(meeting: Identifier): Promise<MeetingRecord>;
  /** Accounts matching a name, username or e-mail (UdP only): name, username, e-mail. */
  governanceAccounts(q: string): Promise<Account[]>;
  /** Invites a member with no account by e-mail (a blocked account is created and linked). */
  governanceInvite(membership: Identifier, email: string): Promise<unknown>;
  governanceAttendance(meeting: Identifier, attendance: AttendanceEntry[]): Promise<MeetingRecord>;
  governanceAttach(meeting: Identifier, itemKey: string, file: File): Promise<MeetingRecord>;
  governanceDetach(meeting: Identifier, fileId: number): Promise<MeetingRecord>;
  governanceOpenReview(minutes: Identifier, reviewClosesAt?: string): Promise<MinutesRecord>;
  governanceApprove(minutes: Identifier): Promise<MinutesRecord>;
  governancePublish(minutes: Identifier): Promise<MinutesRecord>;
  governanceAmend(minutes: Identifier, amendment: NewAmendment): Promise<unknown>;
  governanceDecide(minutes: Identifier, amendment: string, decision: 'accept' | 'reject', note?: string): Promise<unknown>;
  governanceVersions(minutes: Identifier): Promise<MinutesVersion[]>;
  /** The minutes as a PDF (authenticated download). */
  governanceMinutesPdf(minutes: Identifier): Promise<Blob>;
  /** A meeting document (authenticated download: uploaded files are never served publicly). */
  governanceDocument(fileId: number): Promise<Blob>;
  /** A body's meetings as iCalendar text (authenticated: the body may not be public). */
  governanceBodyCalendar(body: Identifier): Promise<Blob>;
  /** The signed-in member's meetings as iCalendar text. */
  governanceMyCalendar(): Promise<Blob>;
  /** A new secret subscription URL for calendar apps (the previous one stops working). */
  governanceCalendarFeed(): Promise<{ path: string; url: string }>;
}

const isGovernance = (resource: string) => resource in GOVERNANCE_PATHS;
const asRecord = (document: Record<string, unknown>): RaRecord => ({ ...document, id: document.documentId as string });

/**
 * A data provider for the governance engine's routes (`/api/governance/...`), which answer like Strapi
 * (`{ data, meta.pagination }`, documentIds) but with plain filters and without Strapi's `filters[...]`.
 * Other resources go to `base`. Relations stay objects with their names (the views show them).
 */
export function governanceDataProvider(
  apiUrl: string,
  httpClient: HttpClient,
  fetchWithAuth: FetchWithRefresh,
  base: DataProvider
): DataProvider & GovernanceApi {
  const root = `${apiUrl}/governance`;
  const collection = (resource: string) => `${root}/${GOVERNANCE_PATHS[resource]}`;
  const one = (resource: string, id: Identifier) => `${collection(resource)}/${encodeURIComponent(String(id))}`;
  const get = async <T>(url: string): Promise<T> => ((await httpClient(url)).json as { data: T }).data;
  const send = async <T>(method: 'POST' | 'PUT', url: string, data?: unknown): Promise<T> =>
    ((await httpClient(url, { method, body: JSON.stringify(data === undefined ? {} : { data }) })).json as { data: T }).data;
  const minutesUrl = (id: Identifier) => one('governance-minutes', id);
  const meetingUrl = (id: Identifier) => one('governance-meetings', id);

  async function download(url: string): Promise<Blob> {
    const response = await fetchWithAuth(url);
    if (!response.ok) {
      const json = await response.json().catch(() => undefined);
      const { message, body } = mapStrapiError(json, response.status, response.statusText, document.documentElement.lang);
      throw new HttpError(message, response.status, body);
    }
    return response.blob();
  }

  async function list(resource: string, params: Pick<GetListParams, 'pagination' | 'filter'>) {
    const query = new URLSearchParams();
    const { page = 1, perPage = 100 } = params.pagination ?? {};
    query.set('pagination[page]', String(page));
    query.set('pagination[pageSize]', String(Math.min(perPage, 200)));
    for (const key of LIST_FILTERS[resource] ?? []) {
      const value = params.filter?.[key];
      if (typeof value === 'string' && value !== '') query.set(key, value);
    }
    const { json } = await httpClient(`${collection(resource)}?${query}`);
    const { data, meta } = json as { data: Record<string, unknown>[]; meta: { pagination: { total: number } } };
    return { data: data.map(asRecord) as never[], total: meta.pagination.total };
  }

  return {
    ...base,
    getList: (resource, params) => (isGovernance(resource) ? list(resource, params) : base.getList(resource, params)),
    async getOne(resource, params) {
      if (!isGovernance(resource)) return base.getOne(resource, params);
      return { data: asRecord(await get(one(resource, params.id))) as never };
    },
    async getMany(resource, params) {
      if (!isGovernance(resource)) return base.getMany(resource, params);
      const found = await Promise.all(params.ids.map((id) => get<Record<string, unknown>>(one(resource, id))));
      return { data: found.map(asRecord) as never[] };
    },
    getManyReference(resource, params) {
      if (!isGovernance(resource)) return base.getManyReference(resource, params);
      return list(resource, { pagination: params.pagination, filter: { ...params.filter, [params.target]: String(params.id) } });
    },
    async create(resource, params) {
      if (!isGovernance(resource)) return base.create(resource, params);
      const data = toGovernancePayload(resource, params.data as Record<string, unknown>, true);
      return { data: asRecord(await send('POST', collection(resource), data)) as never };
    },
    async update(resource, params) {
      if (!isGovernance(resource)) return base.update(resource, params);
      const data = toGovernancePayload(resource, params.data as Record<string, unknown>, false);
      return { data: asRecord(await send('PUT', one(resource, params.id), data)) as never };
    },
    async updateMany(resource, params) {
      if (!isGovernance(resource)) return base.updateMany(resource, params);
      const data = toGovernancePayload(resource, params.data as Record<string, unknown>, false);
      await Promise.all(params.ids.map((id) => send('PUT', one(resource, id), data)));
      return { data: params.ids as never[] };
    },
    async delete(resource, params) {
      if (!isGovernance(resource)) return base.delete(resource, params);
      await httpClient(one(resource, params.id), { method: 'DELETE' });
      return { data: (params.previousData ?? { id: params.id }) as never };
    },
    async deleteMany(resource, params) {
      if (!isGovernance(resource)) return base.deleteMany(resource, params);
      await Promise.all(params.ids.map((id) => httpClient(one(resource, id), { method: 'DELETE' })));
      return { data: params.ids as never[] };
    },

    governanceConvene: async (id) => asRecord(await send('POST', `${meetingUrl(id)}/convene`)) as MeetingRecord,
    governanceCancel: async (id) => asRecord(await send('POST', `${meetingUrl(id)}/cancel`)) as MeetingRecord,
    governanceReopen: async (id) => asRecord(await send('POST', `${meetingUrl(id)}/reopen`)) as MeetingRecord,
    governanceAccounts: (q) => get(`${root}/accounts?${new URLSearchParams({ q })}`),
    governanceInvite: (id, email) => send('POST', `${one('governance-memberships', id)}/invite`, { email }),
    governanceAttendance: async (id, attendance) =>
      asRecord(await send('PUT', `${meetingUrl(id)}/attendance`, { attendance })) as MeetingRecord,
    async governanceAttach(id, itemKey, file) {
      const body = new FormData();
      body.append('item', itemKey);
      body.append('files', file);
      const { json } = await httpClient(`${meetingUrl(id)}/documents`, { method: 'POST', body });
      return asRecord((json as { data: Record<string, unknown> }).data) as MeetingRecord;
    },
    async governanceDetach(id, fileId) {
      const { json } = await httpClient(`${meetingUrl(id)}/documents/${fileId}`, { method: 'DELETE' });
      return asRecord((json as { data: Record<string, unknown> }).data) as MeetingRecord;
    },
    governanceOpenReview: async (id, reviewClosesAt) =>
      asRecord(await send('POST', `${minutesUrl(id)}/review`, reviewClosesAt ? { reviewClosesAt } : undefined)) as MinutesRecord,
    governanceApprove: async (id) => asRecord(await send('POST', `${minutesUrl(id)}/approve`)) as MinutesRecord,
    governancePublish: async (id) => asRecord(await send('POST', `${minutesUrl(id)}/publish`)) as MinutesRecord,
    governanceAmend: (id, amendment) => send('POST', `${minutesUrl(id)}/amendments`, amendment),
    governanceDecide: (id, amendment, decision, note) =>
      send('POST', `${minutesUrl(id)}/amendments/${encodeURIComponent(amendment)}/${decision}`, note ? { note } : undefined),
    governanceVersions: (id) => get(`${minutesUrl(id)}/versions`),
    governanceMinutesPdf: (id) => download(`${minutesUrl(id)}/minutes.pdf`),
    governanceDocument: (fileId) => download(`${apiUrl}/files/${fileId}/download`),
    governanceBodyCalendar: (id) => download(`${one('governance-bodies', id)}/calendar.ics`),
    governanceMyCalendar: () => download(`${root}/members/me/calendar.ics`),
    governanceCalendarFeed: () => send('POST', `${root}/members/me/calendar-feed`),
  };
}
