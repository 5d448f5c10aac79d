import type {
  AnswerFilter,
  AnswerOp,
  AnswerValue,
  Computation,
  Measure,
} from '../../../../src/plugins/observatory/shared/computation';

/**
 * An indicator's computation as its form holds it: the server's shape (so that a problem the server names,
 * e.g. `computation.numerator.answers.0.value`, lands under its input); an answer's value is typed as
 * text (an `in` answer as `casa, lavoro`). Pure: unit-tested.
 */
export interface AnswerForm {
  field?: string;
  op?: AnswerOp;
  value?: string;
}

export interface MeasureForm {
  source?: Measure['source'];
  aggregate?: 'count' | 'sum';
  form?: string;
  dateField?: string;
  field?: string;
  municipalityField?: string;
  service?: string;
  answers?: AnswerForm[];
  /** Submissions: `{ key, states }`; workflow instances: the workflow's key. */
  workflow?: string | { key?: string; states?: string[] };
  states?: string[];
  body?: string;
  bodyType?: string;
  statuses?: string[];
}

export interface ComputationForm extends Omit<MeasureForm, 'source'> {
  source?: Measure['source'] | 'ratio';
  numerator?: MeasureForm;
  denominator?: MeasureForm;
  percent?: boolean;
}

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [])
    .map((s) => s.trim())
    .filter(Boolean);
const some = (value: unknown): boolean => list(value).length > 0;

/** A typed answer value: `true`/`false` as booleans, numbers for `gte`/`lte`, the rest as text. */
function scalar(text: string, op: AnswerOp | undefined): AnswerValue {
  const value = text.trim();
  if (value === 'true' || value === 'false') return value === 'true';
  if ((op === 'gte' || op === 'lte') && value !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

function answerPayload(answer: AnswerForm): AnswerFilter {
  const op = answer.op as AnswerOp;
  const text = answer.value ?? '';
  return { field: answer.field ?? '', op, value: op === 'in' ? list(text).map((v) => scalar(v, op)) : scalar(text, op) };
}

/** One measure for the server: only the keys of its source; empty optional inputs left out. */
export function measurePayload(form: MeasureForm = {}): Record<string, unknown> {
  const optional = (key: keyof MeasureForm) => (present(form[key]) ? { [key]: (form[key] as string).trim() } : {});
  switch (form.source) {
    case 'meetings':
      return {
        source: 'meetings',
        aggregate: 'count',
        ...optional('body'),
        ...optional('bodyType'),
        ...(some(form.statuses) ? { statuses: list(form.statuses) } : {}),
      };
    case 'workflow-instances':
      return {
        source: 'workflow-instances',
        aggregate: 'count',
        workflow: typeof form.workflow === 'string' ? form.workflow : '',
        ...(some(form.states) ? { states: list(form.states) } : {}),
      };
    case 'submissions': {
      const workflow = typeof form.workflow === 'object' && form.workflow && present(form.workflow.key) ? form.workflow : null;
      const answers = (form.answers ?? []).filter((a) => a && (present(a.field) || present(a.value)));
      return {
        source: 'submissions',
        aggregate: form.aggregate ?? 'count',
        form: form.form ?? '',
        dateField: form.dateField ?? '',
        ...(form.aggregate === 'sum' ? { field: form.field ?? '' } : {}),
        ...optional('municipalityField'),
        ...optional('service'),
        ...(answers.length > 0 ? { answers: answers.map(answerPayload) } : {}),
        ...(workflow ? { workflow: { key: workflow.key, states: list(workflow.states) } } : {}),
      };
    }
    default:
      return { ...form };
  }
}

/** The whole computation for the server (a ratio: its two measures and whether it is a percentage). */
export function computationPayload(form: ComputationForm = {}): Computation {
  if (form.source === 'ratio')
    return {
      source: 'ratio',
      numerator: measurePayload(form.numerator),
      denominator: measurePayload(form.denominator),
      percent: form.percent ?? true,
    } as unknown as Computation;
  return measurePayload(form as MeasureForm) as unknown as Computation;
}

function measureForm(measure: Measure): MeasureForm {
  switch (measure.source) {
    case 'meetings':
      return {
        source: 'meetings',
        aggregate: 'count',
        body: measure.body ?? '',
        bodyType: measure.bodyType ?? '',
        statuses: measure.statuses ?? [],
      };
    case 'workflow-instances':
      return { source: 'workflow-instances', aggregate: 'count', workflow: measure.workflow, states: measure.states ?? [] };
    default:
      return {
        source: 'submissions',
        aggregate: measure.aggregate,
        form: measure.form,
        dateField: measure.dateField,
        field: measure.field ?? '',
        municipalityField: measure.municipalityField ?? '',
        service: measure.service ?? '',
        answers: (measure.answers ?? []).map((a) => ({
          field: a.field,
          op: a.op,
          value: Array.isArray(a.value) ? a.value.join(', ') : String(a.value),
        })),
        workflow: measure.workflow ? { key: measure.workflow.key, states: measure.workflow.states } : { key: '', states: [] },
      };
  }
}

/** The form of a stored computation (none: a count of submissions to fill in). */
export function toComputationForm(computation: Computation | null | undefined): ComputationForm {
  if (!computation) return emptyMeasure('submissions');
  if (computation.source === 'ratio')
    return {
      source: 'ratio',
      numerator: measureForm(computation.numerator),
      denominator: measureForm(computation.denominator),
      percent: computation.percent ?? true,
    };
  return measureForm(computation);
}

/** A new measure of `source`, its other inputs emptied (the sources share some names with different shapes). */
export function emptyMeasure(source: MeasureForm['source']): MeasureForm {
  if (source === 'submissions') return { source, aggregate: 'count', answers: [], workflow: { key: '', states: [] } };
  if (source === 'workflow-instances') return { source, aggregate: 'count', workflow: '', states: [] };
  return { source, aggregate: 'count' };
}
