import type { Core } from '@strapi/strapi';
import { callerOf, casesController } from '../../../cases/controller';
import { listScoped } from '../../../cases/access';
import { nextCode, requireFields, today } from '../../../cases/rules';
import { throwIssues } from '../../../plugins/plugin-kit/errors';
import { caseStats } from '../../../cases/stats';
import { caseMunicipality, requireAssignableOperator } from '../../../cases/assignee';

/** Cases older than this many days without being closed are "overdue" on the worklist. */
const OVERDUE_DAYS = 90;

export default casesController(
  'case',
  {
    async beforeCreate(strapi, _caller, data) {
      requireFields(data, ['beneficiary', 'municipality']);
      await requireAssignableOperator(strapi, data.assignedOperator, data.municipality as string);
      return {
        status: 'open',
        openedAt: today(),
        ...data,
        code: await nextCode(strapi, 'api::case.case', 'C'),
      };
    },
    async beforeUpdate(strapi, _caller, data, documentId) {
      await requireAssignableOperator(strapi, data.assignedOperator, await caseMunicipality(strapi, documentId));
      return data;
    },
  },
  (strapi: Core.Strapi) => ({
    /** `view=mine` (assigned to me), `to-assess` (open, nobody assigned), `overdue` (open for more than 90 days). */
    async worklist(ctx: never) {
      const c = ctx as { query: Record<string, unknown>; state: { user?: { id: number; username: string } } };
      const caller = await callerOf(strapi, c as never);
      const view = c.query.view ?? 'mine';
      const since = new Date(Date.now() - OVERDUE_DAYS * 86400000).toISOString().slice(0, 10);
      const views: Record<string, Record<string, unknown>> = {
        mine: { status: 'open', assignedOperator: { id: caller.id } },
        'to-assess': { status: 'open', assignedOperator: { id: { $null: true } } },
        overdue: { status: 'open', openedAt: { $lt: since } },
      };
      if (typeof view !== 'string' || !views[view]) {
        throwIssues([
          { path: 'view', it: 'vista sconosciuta (mine, to-assess, overdue)', en: 'unknown view (mine, to-assess, overdue)' },
        ]);
      }
      const { view: _omit, ...query } = c.query;
      return listScoped(strapi, caller, 'case', query, views[view as string]);
    },
    async stats() {
      return { data: await caseStats(strapi) };
    },
  })
);
