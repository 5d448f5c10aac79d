import type { Core, UID } from '@strapi/strapi';
import type { Field, FormDefinition } from '../../shared';
import {
  columnsOf,
  displayValue,
  fieldsByKey,
  referenceIds,
  type ReferenceNames,
  type ResponseColumn,
} from '../responses/columns';
import type { Table } from '../responses/export-formats';
import { getService } from '../utils/get-service';
import { DESIGNER_ROLE, type RequestUser, roleOf } from '../utils/request-user';
import type { FormVersionRecord } from './definitions';

const SUBMISSION = 'plugin::forms.submission';
/** At most this many submissions are read for one page or export. */
export const MAX_RESPONSES = 5000;

const TARGETS: Record<string, UID.ContentType> = {
  municipality: 'api::municipality.municipality',
  service: 'api::service.service',
  provider: 'api::provider.provider',
};

/** Filters of the responses page and export (already checked by the controller). */
export interface ResponseFilters {
  version?: number;
  /** ISO dates, inclusive, Europe/Rome days. */
  from?: string;
  to?: string;
  /** documentId of a comune: of the case the submission is about, or of a comune answered in it. */
  comune?: string;
  /** documentId of the record the submission is about. */
  subject?: string;
  /** Text searched in the answers shown (after redaction). */
  q?: string;
}

export interface ResponseRow {
  id: string;
  version: number;
  createdAt: string;
  author: string | null;
  subject: { type: string; id: string } | null;
  /** The comune of the case it is about, or the first comune answered in it. */
  comune: { id: string; name: string | null } | null;
  /** Answers as a person reads them, by field key. */
  values: Record<string, string | number | null>;
}

interface Row {
  documentId: string;
  data: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  formVersion: FormVersionRecord;
  author: { id: number; username: string } | null;
}

/** Start of a Europe/Rome day as an instant (the offset of that day). */
function romeDayStart(date: string, plusDays = 0): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  const iso = day.toISOString().slice(0, 10);
  const offset =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', timeZoneName: 'shortOffset' })
      .formatToParts(new Date(`${iso}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') ?? '+1';
  const hours = Number(offset) || 0;
  return new Date(Date.parse(`${iso}T00:00:00Z`) - hours * 3600_000).toISOString();
}

type Redact = (
  submission: { data: Record<string, unknown> },
  definition: FormDefinition,
  viewer: RequestUser | undefined
) => { data: Record<string, unknown> };

const createResponsesService = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The forms engine's one redaction of personal answers (the `personalData` service), applied to every
   * submission exactly as reads do; a no-op until that service exists.
   */
  function redact(row: Row, viewer: RequestUser | undefined): Record<string, unknown> {
    const service = strapi.plugin('forms').service('personalData') as { redactSubmission?: Redact } | undefined;
    if (!service?.redactSubmission) return row.data;
    return service.redactSubmission({ data: row.data }, row.formVersion.definition, viewer).data;
  }

  async function names(rows: { data: Record<string, unknown>; fields: Map<string, Field> }[]): Promise<ReferenceNames> {
    const out: ReferenceNames = new Map();
    for (const [target, ids] of referenceIds(rows)) {
      const found = (await strapi.db
        .query(TARGETS[target])
        .findMany({ where: { documentId: { $in: [...ids] } }, select: ['documentId', 'name'] })) as {
        documentId: string;
        name: string;
      }[];
      found.forEach((record) => out.set(record.documentId, record.name));
    }
    return out;
  }

  /** The comune of each record the rows are about, as the area owning the records tells it (the subject registry). */
  async function subjectComuni(rows: Row[]): Promise<Map<string, { id: string; name: string }>> {
    const byType = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!row.subjectType || !row.subjectId) continue;
      if (!byType.has(row.subjectType)) byType.set(row.subjectType, new Set());
      byType.get(row.subjectType)?.add(row.subjectId);
    }
    const out = new Map<string, { id: string; name: string }>();
    for (const [type, ids] of byType)
      for (const [id, comune] of await getService(strapi, 'subjectGuards').comuniOfSubjects(type, [...ids])) out.set(id, comune);
    return out;
  }

  return {
    /** The submissions of a form the caller may see (udp: all but those about case files; other roles: their own and those about cases they see), redacted, filtered, newest first. */
    async list(
      key: string,
      filters: ResponseFilters,
      user: RequestUser | undefined
    ): Promise<{ columns: ResponseColumn[]; rows: ResponseRow[]; truncated: boolean }> {
      const form = await getService(strapi, 'definitions').findForm(key);
      const versions = [...(form.versions ?? [])].sort((a, b) => b.version - a.version);
      const columns = columnsOf(versions.map((version) => version.definition));
      const where: Record<string, unknown> = { form: { key } };
      if (filters.version !== undefined) where.formVersion = { version: filters.version };
      if (filters.from || filters.to) {
        where.createdAt = {
          ...(filters.from ? { $gte: romeDayStart(filters.from) } : {}),
          ...(filters.to ? { $lt: romeDayStart(filters.to, 1) } : {}),
        };
      }
      if (filters.subject) where.subjectId = filters.subject;
      const guards = getService(strapi, 'subjectGuards');
      // Other roles see their own answers and those about a case file they may see (checked one by one below).
      if (roleOf(user) !== DESIGNER_ROLE) {
        const own = { author: { id: user?.id ?? -1 } };
        where.$or = guards.types().length === 0 ? [own] : [own, { subjectType: { $in: guards.types() } }];
      }
      const found = (await strapi.db.query(SUBMISSION).findMany({
        where,
        populate: { formVersion: true, author: { select: ['id', 'username'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: MAX_RESPONSES + 1,
      })) as Row[];
      const truncated = found.length > MAX_RESPONSES;
      const allowed = await Promise.all(
        found.slice(0, MAX_RESPONSES).map((row) => guards.mayUse(row.subjectType, row.subjectId, user))
      );
      const visible = found.slice(0, MAX_RESPONSES).filter((_, index) => allowed[index]);
      const redacted = visible.map((row) => ({ row, data: redact(row, user), fields: fieldsByKey(row.formVersion.definition) }));
      const [referenceNames, comuni] = await Promise.all([names(redacted), subjectComuni(visible)]);
      const rows: ResponseRow[] = redacted.map(({ row, data, fields }) => {
        const values: Record<string, string | number | null> = {};
        for (const column of columns) values[column.key] = displayValue(fields.get(column.key), data[column.key], referenceNames);
        const fromCase = row.subjectId ? comuni.get(row.subjectId) : undefined;
        const answered = [...fields.values()].find(
          (field) => field.type === 'reference' && field.target === 'municipality' && typeof data[field.key] === 'string'
        );
        const comuneId = fromCase?.id ?? (answered ? String(data[answered.key]) : null);
        return {
          id: row.documentId,
          version: row.formVersion.version,
          createdAt: row.createdAt,
          author: row.author?.username ?? null,
          subject: row.subjectType && row.subjectId ? { type: row.subjectType, id: row.subjectId } : null,
          comune: comuneId ? { id: comuneId, name: fromCase?.name ?? referenceNames.get(comuneId) ?? null } : null,
          values,
        };
      });
      const needle = filters.q?.trim().toLocaleLowerCase('it');
      const filtered = rows.filter((row) => {
        if (filters.comune && row.comune?.id !== filters.comune) return false;
        if (!needle) return true;
        return Object.values(row.values).some(
          (value) => value !== null && String(value).toLocaleLowerCase('it').includes(needle)
        );
      });
      return { columns, rows: filtered, truncated };
    },

    /** The responses as a table to export: fixed columns, then one per field (Italian labels). */
    table(columns: ResponseColumn[], rows: ResponseRow[]): Table {
      const headers = [
        'Data e ora di compilazione',
        'Versione',
        'Compilato da',
        'Comune',
        'Riferito a',
        ...columns.map((column) => column.label.it),
      ];
      const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' });
      return {
        headers,
        rows: rows.map((row) => [
          when.format(new Date(row.createdAt)),
          row.version,
          row.author,
          row.comune?.name ?? null,
          row.subject ? row.subject.id : null,
          ...columns.map((column) => row.values[column.key] ?? null),
        ]),
      };
    },
  };
};

export default createResponsesService;
export type ResponsesService = ReturnType<typeof createResponsesService>;
