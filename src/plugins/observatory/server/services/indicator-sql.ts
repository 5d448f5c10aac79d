import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type {
  AnswerFilter,
  Computation,
  InstanceMeasure,
  Measure,
  MeetingMeasure,
  SubmissionMeasure,
} from '../../shared/computation';
import type { AnswerAt } from '../data/answer-path';
import { createSql, type Sql } from '../data/sql';

/** What a computation is evaluated for: one calendar year, optionally some comuni (documentIds; none: the district). */
export interface Scope {
  year: number;
  municipalities?: string[];
}

const UID = {
  submission: 'plugin::forms.submission',
  form: 'plugin::forms.form',
  service: 'api::service.service',
  meeting: 'plugin::governance.meeting',
  body: 'plugin::governance.body',
  instance: 'plugin::workflows.instance',
};

const isoDay = (year: number) => `${year}-01-01`;

/**
 * Turns an indicator's computation into SQL and runs it: one aggregate query per measure, computed by
 * the database (never by loading records), every value bound.
 */
export function createIndicatorSql(strapi: Core.Strapi) {
  const sql: Sql = createSql(strapi);
  const { knex } = sql;

  /** The condition of one answer filter; on a path through repeated groups, true when any row matches. */
  function answerCondition(query: Knex.QueryBuilder, filter: AnswerFilter) {
    const values = Array.isArray(filter.value) ? filter.value : [filter.value];
    const condition = (answer: AnswerAt): Knex.Raw => {
      switch (filter.op) {
        case 'eq':
          return knex.raw('? = ?', [answer.text, sql.bindValue(values[0])]);
        case 'in':
          return knex.raw(`? IN (${values.map(() => '?').join(', ')})`, [answer.text, ...values.map(sql.bindValue)]);
        case 'includes':
          return answer.includes(values[0]);
        case 'gte':
          return knex.raw('? >= ?', [answer.number, Number(values[0])]);
        case 'lte':
          return knex.raw('? <= ?', [answer.number, Number(values[0])]);
      }
    };
    return query.whereRaw(sql.answerWhere('s.data', filter.field, condition));
  }

  /** Submissions of the measure's form in the scope, as a query to aggregate (alias `s`). */
  function submissions(measure: SubmissionMeasure, scope: Scope): Knex.QueryBuilder {
    const formLink = sql.link(UID.submission, 'form');
    const query = knex(`${sql.table(UID.submission)} as s`)
      .join(`${formLink.name} as fl`, `fl.${formLink.own}`, 's.id')
      .join(`${sql.table(UID.form)} as f`, 'f.id', `fl.${formLink.other}`)
      .where('f.key', measure.form)
      .where(sql.answer('s.data', measure.dateField), '>=', isoDay(scope.year))
      .where(sql.answer('s.data', measure.dateField), '<', isoDay(scope.year + 1));
    const comuni = scope.municipalities;
    const comune = sql.answer('s.data', measure.municipalityField ?? 'municipality');
    if (comuni && comuni.length === 1) query.where(comune, '=', comuni[0]);
    else if (comuni) query.whereRaw(`? IN (${comuni.map(() => '?').join(', ')})`, [comune, ...comuni]);
    if (measure.service) {
      const services = sql.link(UID.form, 'services');
      query.whereExists(
        knex(`${services.name} as fs`)
          .join(`${sql.table(UID.service)} as sv`, 'sv.id', `fs.${services.other}`)
          .whereRaw('?? = ??', [`fs.${services.own}`, 'f.id'])
          .where('sv.code', measure.service)
          .select(knex.raw('1'))
      );
    }
    for (const filter of measure.answers ?? []) answerCondition(query, filter);
    if (measure.workflow) {
      query.whereExists(
        knex(`${sql.table(UID.instance)} as wi`)
          .whereRaw('?? = ??', ['wi.subject_type', 's.subject_type'])
          .whereRaw('?? = ??', ['wi.subject_id', 's.subject_id'])
          .where('wi.workflow_key', measure.workflow.key)
          .whereIn('wi.state', measure.workflow.states)
          .select(knex.raw('1'))
      );
    }
    return query;
  }

  function meetings(measure: MeetingMeasure, scope: Scope): Knex.QueryBuilder {
    const bodyLink = sql.link(UID.meeting, 'body');
    const query = knex(`${sql.table(UID.meeting)} as m`)
      .where('m.starts_at', '>=', sql.bindDate(new Date(Date.UTC(scope.year, 0, 1))))
      .where('m.starts_at', '<', sql.bindDate(new Date(Date.UTC(scope.year + 1, 0, 1))))
      .whereIn('m.status', measure.statuses ?? ['held', 'convened']);
    if (measure.body || measure.bodyType) {
      query
        .join(`${bodyLink.name} as mb`, `mb.${bodyLink.own}`, 'm.id')
        .join(`${sql.table(UID.body)} as b`, 'b.id', `mb.${bodyLink.other}`);
      if (measure.body) query.where('b.code', measure.body);
      if (measure.bodyType) query.where('b.type', measure.bodyType);
    }
    return query;
  }

  function instances(measure: InstanceMeasure, scope: Scope): Knex.QueryBuilder {
    const query = knex(`${sql.table(UID.instance)} as wi`)
      .where('wi.workflow_key', measure.workflow)
      .where('wi.started_at', '>=', sql.bindDate(new Date(Date.UTC(scope.year, 0, 1))))
      .where('wi.started_at', '<', sql.bindDate(new Date(Date.UTC(scope.year + 1, 0, 1))));
    if (measure.states) query.whereIn('wi.state', measure.states);
    return query;
  }

  async function measureValue(measure: Measure, scope: Scope): Promise<number> {
    let query: Knex.QueryBuilder;
    if (measure.source === 'submissions') {
      query = submissions(measure, scope);
      if (measure.aggregate === 'sum')
        query.select(knex.raw('COALESCE(SUM(?), 0) as value', [sql.answerNumber('s.data', measure.field as string)]));
      else query.count({ value: '*' });
    } else if (measure.source === 'meetings') query = meetings(measure, scope).count({ value: '*' });
    else query = instances(measure, scope).count({ value: '*' });
    const row = (await query.first()) as { value: number | string | null } | undefined;
    return Number(row?.value ?? 0);
  }

  return {
    /** The value for one year (null: a ratio over an empty denominator). */
    async evaluate(computation: Computation, scope: Scope): Promise<number | null> {
      if (computation.source !== 'ratio') return measureValue(computation, scope);
      const [numerator, denominator] = await Promise.all([
        measureValue(computation.numerator, scope),
        measureValue(computation.denominator, scope),
      ]);
      if (denominator === 0) return null;
      const ratio = numerator / denominator;
      return Math.round(ratio * (computation.percent === false ? 1 : 100) * 100) / 100;
    },
    /** The SQL of one measure (for the benchmark and for the curious), with its bindings. */
    explain(measure: Measure, scope: Scope) {
      const query =
        measure.source === 'submissions'
          ? submissions(measure, scope).count({ value: '*' })
          : measure.source === 'meetings'
            ? meetings(measure, scope).count({ value: '*' })
            : instances(measure, scope).count({ value: '*' });
      return query.toSQL().toNative();
    },
  };
}

export type IndicatorSql = ReturnType<typeof createIndicatorSql>;
