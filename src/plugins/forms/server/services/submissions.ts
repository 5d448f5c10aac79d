import type { Core, UID } from '@strapi/strapi';
import { getCompiledForm, keepPersonalData } from '../../shared';
import type { FormDefinition } from '../../shared';
import { forbidden, notFound, throwIssues, type BilingualIssue } from '../utils/errors';
import { DESIGNER_ROLE, type RequestUser, roleOf } from '../utils/request-user';
import { getService } from '../utils/get-service';
import { comuneIssues, referenceIssues } from './reference-issues';
import type { FormVersionRecord } from './definitions';

const SUBMISSION = 'plugin::forms.submission';

export interface SubjectRef {
  type: string;
  id: string;
}

export interface SubmissionView {
  documentId: string;
  form: string;
  /** The form's title, also when the form can no longer be filled. */
  formTitle: { it: string; en: string };
  version: number;
  versionStatus: string;
  editable: boolean;
  data: Record<string, unknown>;
  subject: SubjectRef | null;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

interface SubmissionRow {
  documentId: string;
  data: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  updatedAt: string;
  form: { key: string; roles: string[]; title: { it: string; en: string } };
  formVersion: FormVersionRecord;
  author: { id: number; username: string } | null;
}

const POPULATE = { form: true, formVersion: true, author: { fields: ['id', 'username'] } };

/** A version accepts edits of its submissions while published, or when a newer version replaced it. */
const editableUnder = (version: FormVersionRecord) => version.status === 'published' || Boolean(version.supersededBy);

function plainView(row: SubmissionRow, mayEdit: boolean): SubmissionView {
  return {
    documentId: row.documentId,
    form: row.form.key,
    formTitle: row.form.title,
    version: row.formVersion.version,
    versionStatus: row.formVersion.status,
    editable: mayEdit && editableUnder(row.formVersion),
    data: row.data,
    subject: row.subjectType && row.subjectId ? { type: row.subjectType, id: row.subjectId } : null,
    author: row.author?.username ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const createSubmissionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const submissions = () => strapi.documents(SUBMISSION);

  const personal = () => getService(strapi, 'personalData');
  /** A submission as `user` may read it: without the answers of personal fields for roles without access to personal data. */
  const view = (row: SubmissionRow, user: RequestUser | undefined): SubmissionView =>
    personal().redactSubmission(plainView(row, mayChange(row, user)), row.formVersion.definition as FormDefinition, user);

  /** Its author changes a submission (the UdP any it may see); a colleague shown one about a case only reads it. */
  const mayChange = (row: SubmissionRow, user: RequestUser | undefined) =>
    roleOf(user) === DESIGNER_ROLE || (row.author !== null && row.author?.id === user?.id);

  /** The server's answer is authoritative: calculated fields recomputed, hidden fields dropped. */
  async function evaluate(
    version: FormVersionRecord,
    input: unknown,
    user: RequestUser | undefined
  ): Promise<Record<string, unknown>> {
    // A published or retired version never changes (immutability.ts): no need to compare its definition again.
    const compiled = getCompiledForm(version.documentId, version.definition as FormDefinition, {
      immutable: version.status === 'published' || version.status === 'retired',
    });
    const result = compiled.evaluate(input);
    const issues: BilingualIssue[] = [...result.issues];
    if (issues.length === 0) issues.push(...(await referenceIssues(strapi, version.definition as FormDefinition, result.data)));
    if (issues.length === 0)
      issues.push(...comuneIssues(version.definition as FormDefinition, result.data, await guards().comuniOf(user)));
    if (issues.length > 0) throwIssues(issues, ['data']);
    return result.data;
  }

  const guards = () => getService(strapi, 'subjectGuards');

  /** Own submissions, and those about a guarded record (the scope filter then keeps the records `user` may see). */
  const ownOrAboutRecord = (user: RequestUser | undefined): Record<string, unknown> => {
    const types = guards().types();
    const own = { author: { id: user?.id ?? -1 } };
    return types.length === 0 ? own : { $or: [own, { subjectType: { $in: types } }] };
  };

  async function checkSubject(subject: unknown, user: RequestUser | undefined): Promise<SubjectRef | null> {
    if (subject === undefined || subject === null) return null;
    const ref = subject as Partial<SubjectRef>;
    if (typeof ref !== 'object' || typeof ref.type !== 'string' || typeof ref.id !== 'string') {
      throwIssues([{ path: 'subject', it: 'indicare { type, id } del record', en: 'give the record as { type, id }' }]);
    }
    if (!strapi.contentTypes[ref.type as UID.ContentType]) {
      throwIssues([{ path: 'subject.type', it: 'tipo di record sconosciuto', en: 'unknown record type' }]);
    }
    const found = await strapi.db.query(ref.type as UID.ContentType).findOne({ where: { documentId: ref.id }, select: ['id'] });
    // A record the caller may not see answers as a missing one: the form must not reveal it exists.
    if (!found || !(await guards().mayUse(ref.type, ref.id, user)))
      throwIssues([{ path: 'subject.id', it: 'record inesistente', en: 'no such record' }]);
    return { type: ref.type as string, id: ref.id as string };
  }

  /**
   * A submission `user` may read: one about a case file goes to whoever may see that record (the subject
   * registry's rule, the same as the record's own); any other to its author and the UdP. `forChange` keeps
   * changes to the author (and the UdP): a colleague reads the case's answers, never rewrites them.
   */
  async function load(documentId: string, user: RequestUser | undefined, forChange = false): Promise<SubmissionRow> {
    const row = (await submissions().findOne({ documentId, populate: POPULATE } as never)) as unknown as SubmissionRow | null;
    if (!row) notFound('compilazione non trovata', 'submission not found');
    const aboutRecord = guards().isGuarded(row.subjectType);
    if (!mayChange(row, user) && (forChange || !aboutRecord)) notFound('compilazione non trovata', 'submission not found');
    if (!(await guards().mayUse(row.subjectType, row.subjectId, user)))
      notFound('compilazione non trovata', 'submission not found');
    return row;
  }

  return {
    async dryRun(key: string, input: unknown, user: RequestUser | undefined) {
      const { version } = await getService(strapi, 'definitions').published(key, user);
      return { form: key, version: version.version, data: await evaluate(version, input, user) };
    },

    async create(
      body: { form?: unknown; data?: unknown; subject?: unknown },
      user: RequestUser | undefined
    ): Promise<SubmissionView> {
      if (typeof body.form !== 'string')
        throwIssues([{ path: 'form', it: 'indicare la chiave del modulo', en: 'give the form key' }]);
      const { form, version } = await getService(strapi, 'definitions').published(body.form, user);
      const subject = await checkSubject(body.subject, user);
      const data = await evaluate(version, body.data, user);
      const created = await submissions().create({
        data: {
          form: form.documentId,
          formVersion: version.documentId,
          data,
          subjectType: subject?.type ?? null,
          subjectId: subject?.id ?? null,
          author: user?.id ?? null,
        },
      } as never);
      return view(await load(created.documentId, user), user);
    },

    async findOne(documentId: string, user: RequestUser | undefined) {
      const row = await load(documentId, user);
      await guards().recordReads(user, [{ type: row.subjectType, id: row.subjectId }]);
      return { ...view(row, user), definition: row.formVersion.definition };
    },

    async update(documentId: string, body: { data?: unknown }, user: RequestUser | undefined): Promise<SubmissionView> {
      const row = await load(documentId, user, true);
      if (!editableUnder(row.formVersion)) {
        forbidden(
          'la versione del modulo è stata ritirata: la compilazione è in sola lettura',
          'the form version was retired: the submission is read-only'
        );
      }
      // Someone never shown the personal answers keeps them as stored, whatever is sent.
      const definition = row.formVersion.definition as FormDefinition;
      const input =
        personal().mayReadPersonal(user) || !body.data || typeof body.data !== 'object' || Array.isArray(body.data)
          ? body.data
          : keepPersonalData(body.data as Record<string, unknown>, row.data, definition);
      const data = await evaluate(row.formVersion, input, user);
      await submissions().update({ documentId, data: { data, updatedByUser: user?.id ?? null } } as never);
      return view(await load(documentId, user), user);
    },

    /** `mine: 'true'` keeps the caller's own submissions ("Le mie compilazioni"), else also colleagues' about cases the caller sees. */
    async list(
      query: { form?: string; subjectType?: string; subjectId?: string; mine?: string },
      user: RequestUser | undefined
    ): Promise<SubmissionView[]> {
      const where: Record<string, unknown>[] = [];
      if (query.mine === 'true') where.push({ author: { id: user?.id ?? -1 } });
      if (typeof query.form === 'string') where.push({ form: { key: query.form } });
      if (typeof query.subjectType === 'string') where.push({ subjectType: query.subjectType });
      if (typeof query.subjectId === 'string') where.push({ subjectId: query.subjectId });
      if (roleOf(user) !== DESIGNER_ROLE) where.push(ownOrAboutRecord(user));
      // Submissions about records the caller may not see are left out in the query itself.
      where.push(await guards().scopeFilter(user, { type: 'subjectType', id: 'subjectId' }));
      const rows = (await strapi.db.query(SUBMISSION).findMany({
        where: { $and: where },
        populate: { form: true, formVersion: true, author: { select: ['id', 'username'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 200,
      })) as SubmissionRow[];
      await guards().recordReads(
        user,
        rows.map((row) => ({ type: row.subjectType, id: row.subjectId }))
      );
      return rows.map((row) => view(row, user));
    },
  };
};

export default createSubmissionsService;
export type SubmissionsService = ReturnType<typeof createSubmissionsService>;
