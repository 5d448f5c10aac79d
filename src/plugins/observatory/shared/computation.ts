/**
 * An indicator's definition as data: a count or sum over the system's records, or the ratio of two,
 * filtered by comune, service, form answers and workflow state, for a calendar year. The server turns
 * it into one SQL query with bound parameters (server/services/indicator-sql.ts).
 */
import type { BilingualIssue } from '../../plugin-kit/errors';

export type AnswerOp = 'eq' | 'in' | 'includes' | 'gte' | 'lte';
export type AnswerValue = string | number | boolean;

/**
 * A condition on one answer of a submission (`includes`: a multiple-choice answer holds the value).
 * `field` is the answer's data path in the form: a key (`outcome`) or, inside a repeated group, the
 * group's key, `*` and the row's field (`members.*.relationship`), nested at most as deep as forms nest
 * groups; in a repeated group the condition holds when any row matches.
 */
export interface AnswerFilter {
  field: string;
  op: AnswerOp;
  value: AnswerValue | AnswerValue[];
}

/** Submissions of one form, dated by one of their date answers. */
export interface SubmissionMeasure {
  source: 'submissions';
  aggregate: 'count' | 'sum';
  form: string;
  /** The answer that dates the submission (ISO date), e.g. `accessDate`. */
  dateField: string;
  /** For `sum`: the numeric answer summed. */
  field?: string;
  /** The answer holding the comune (documentId), used by the comune filter; default `municipality`. */
  municipalityField?: string;
  /** Only submissions of forms linked to this catalogue service (code). */
  service?: string;
  answers?: AnswerFilter[];
  /** Only submissions whose subject has an instance of this workflow in one of these states. */
  workflow?: { key: string; states: string[] };
}

/** Meetings of governance bodies (e.g. the GPS), by body code or body type, held or convened. */
export interface MeetingMeasure {
  source: 'meetings';
  aggregate: 'count';
  body?: string;
  bodyType?: string;
  statuses?: string[];
}

/** Workflow instances started in the year, optionally only those now in some states. */
export interface InstanceMeasure {
  source: 'workflow-instances';
  aggregate: 'count';
  workflow: string;
  states?: string[];
}

export type Measure = SubmissionMeasure | MeetingMeasure | InstanceMeasure;
export interface RatioComputation {
  source: 'ratio';
  numerator: Measure;
  denominator: Measure;
  /** Multiply by 100 (a percentage); default true. */
  percent?: boolean;
}
export type Computation = Measure | RatioComputation;

const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,79}$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;
const OPS: AnswerOp[] = ['eq', 'in', 'includes', 'gte', 'lte'];

type Issues = BilingualIssue[];
const issue = (path: string, it: string, en: string): BilingualIssue => ({ path, it, en });
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is AnswerValue => ['string', 'number', 'boolean'].includes(typeof v);

function unknownKeys(value: Record<string, unknown>, allowed: string[], path: string, issues: Issues) {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) issues.push(issue(`${path}.${key}`, 'campo sconosciuto', 'unknown field'));
}

function checkKey(value: unknown, path: string, issues: Issues, required = true) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || !KEY.test(value))
    issues.push(issue(path, 'nome di campo non valido (lettere, cifre, _ e -)', 'invalid field name (letters, digits, _ and -)'));
}

/** Keys and `*` (any row of a repeated group) separated by dots: `members.*.relationship`. */
const PATH_PARTS = 7;
function checkPath(value: unknown, path: string, issues: Issues) {
  const parts = typeof value === 'string' ? value.split('.') : [];
  const ok =
    parts.length > 0 &&
    parts.length <= PATH_PARTS &&
    parts.every((part, i) => (part === '*' ? i > 0 && i < parts.length - 1 && parts[i - 1] !== '*' : KEY.test(part)));
  if (!ok)
    issues.push(
      issue(
        path,
        'percorso di risposta non valido: nomi di campo separati da punti, * per ogni riga di un gruppo ripetuto (es. members.*.relationship)',
        'invalid answer path: field names separated by dots, * for any row of a repeated group (e.g. members.*.relationship)'
      )
    );
}

function checkCode(value: unknown, path: string, issues: Issues, required = true) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || !CODE.test(value)) issues.push(issue(path, 'codice non valido', 'invalid code'));
}

function checkStates(value: unknown, path: string, issues: Issues) {
  if (!Array.isArray(value) || value.length === 0 || value.some((s) => typeof s !== 'string' || !KEY.test(s)))
    issues.push(issue(path, 'elenco di stati non vuoto', 'a non-empty list of states'));
}

function checkAnswers(value: unknown, path: string, issues: Issues) {
  if (!Array.isArray(value)) return issues.push(issue(path, 'deve essere un elenco', 'must be a list'));
  value.forEach((filter, i) => {
    const at = `${path}.${i}`;
    if (!isObject(filter)) return issues.push(issue(at, 'deve essere un oggetto', 'must be an object'));
    unknownKeys(filter, ['field', 'op', 'value'], at, issues);
    checkPath(filter.field, `${at}.field`, issues);
    if (!OPS.includes(filter.op as AnswerOp))
      issues.push(issue(`${at}.op`, `operatore tra ${OPS.join(', ')}`, `operator among ${OPS.join(', ')}`));
    const many = filter.op === 'in';
    const ok = many
      ? Array.isArray(filter.value) && filter.value.length > 0 && filter.value.every(isScalar)
      : isScalar(filter.value);
    if (!ok)
      issues.push(issue(`${at}.value`, many ? 'elenco di valori' : 'un valore', many ? 'a list of values' : 'a single value'));
    if ((filter.op === 'gte' || filter.op === 'lte') && typeof filter.value !== 'number')
      issues.push(issue(`${at}.value`, 'deve essere un numero', 'must be a number'));
  });
}

function checkMeasure(value: unknown, path: string, issues: Issues): void {
  if (!isObject(value)) {
    issues.push(issue(path, 'deve essere un oggetto', 'must be an object'));
    return;
  }
  if (value.source === 'submissions') {
    unknownKeys(
      value,
      ['source', 'aggregate', 'form', 'dateField', 'field', 'municipalityField', 'service', 'answers', 'workflow'],
      path,
      issues
    );
    if (value.aggregate !== 'count' && value.aggregate !== 'sum')
      issues.push(issue(`${path}.aggregate`, 'count oppure sum', 'count or sum'));
    checkCode(value.form, `${path}.form`, issues);
    checkKey(value.dateField, `${path}.dateField`, issues);
    if (value.aggregate === 'sum') checkKey(value.field, `${path}.field`, issues);
    checkKey(value.municipalityField, `${path}.municipalityField`, issues, false);
    checkCode(value.service, `${path}.service`, issues, false);
    if (value.answers !== undefined) checkAnswers(value.answers, `${path}.answers`, issues);
    if (value.workflow !== undefined) {
      if (!isObject(value.workflow)) issues.push(issue(`${path}.workflow`, 'deve essere un oggetto', 'must be an object'));
      else {
        unknownKeys(value.workflow, ['key', 'states'], `${path}.workflow`, issues);
        checkCode(value.workflow.key, `${path}.workflow.key`, issues);
        checkStates(value.workflow.states, `${path}.workflow.states`, issues);
      }
    }
  } else if (value.source === 'meetings') {
    unknownKeys(value, ['source', 'aggregate', 'body', 'bodyType', 'statuses'], path, issues);
    if (value.aggregate !== 'count') issues.push(issue(`${path}.aggregate`, 'solo count', 'count only'));
    checkCode(value.body, `${path}.body`, issues, false);
    checkCode(value.bodyType, `${path}.bodyType`, issues, false);
    if (value.statuses !== undefined) checkStates(value.statuses, `${path}.statuses`, issues);
  } else if (value.source === 'workflow-instances') {
    unknownKeys(value, ['source', 'aggregate', 'workflow', 'states'], path, issues);
    if (value.aggregate !== 'count') issues.push(issue(`${path}.aggregate`, 'solo count', 'count only'));
    checkCode(value.workflow, `${path}.workflow`, issues);
    if (value.states !== undefined) checkStates(value.states, `${path}.states`, issues);
  } else {
    issues.push(
      issue(
        `${path}.source`,
        'fonte tra submissions, meetings, workflow-instances',
        'source among submissions, meetings, workflow-instances'
      )
    );
  }
}

/** Every problem of a computation, with dotted paths under `path`; none means it can run. */
export function computationIssues(value: unknown, path = 'computation'): BilingualIssue[] {
  const issues: Issues = [];
  if (isObject(value) && value.source === 'ratio') {
    unknownKeys(value, ['source', 'numerator', 'denominator', 'percent'], path, issues);
    checkMeasure(value.numerator, `${path}.numerator`, issues);
    checkMeasure(value.denominator, `${path}.denominator`, issues);
    if (value.percent !== undefined && typeof value.percent !== 'boolean')
      issues.push(issue(`${path}.percent`, 'vero o falso', 'true or false'));
  } else checkMeasure(value, path, issues);
  return issues;
}
