import type { Core } from '@strapi/strapi';
import { notFound } from '../../../plugin-kit/errors';
import { comuniScope } from '../data/comuni-scope';
import { toCsv } from '../render/csv';
import { toXlsx } from '../render/xlsx';
import { DATASETS, sheetsOf, type Dataset } from '../services/exports';
import { queryEnum, queryString, yearRange, type Ctx } from '../utils/request';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /exports/indicators|demographics|dashboard?format=csv|xlsx` (+ the dashboard's filters). CSV: the first sheet. */
  async download(ctx: Ctx) {
    const dataset = ctx.params.dataset as Dataset;
    if (!DATASETS.includes(dataset)) notFound('elenco da esportare sconosciuto', 'unknown list to export');
    const format = queryEnum(ctx, 'format', ['csv', 'xlsx'] as const, 'csv') as 'csv' | 'xlsx';
    const year = new Date().getFullYear();
    const params = { ...yearRange(ctx, { from: year, to: year }), area: queryString(ctx, 'area'), municipality: queryString(ctx, 'municipality') };
    // The dashboard's counts follow the caller's comuni (planning data and population are the district's).
    const comuni = dataset === 'dashboard' ? await comuniScope(strapi, ctx.state.user, params.municipality) : undefined;
    const sheets = await sheetsOf(strapi, dataset, params, comuni);
    ctx.set('Content-Disposition', `attachment; filename="osservatorio-${dataset}.${format}"`);
    if (format === 'xlsx') {
      ctx.type = XLSX;
      ctx.body = await toXlsx(sheets);
    } else {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(sheets[0].columns.map((c) => c.key), sheets[0].rows);
    }
  },
});
