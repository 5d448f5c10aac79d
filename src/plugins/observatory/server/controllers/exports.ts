import type { Core } from '@strapi/strapi';
import { notFound } from '../../../plugin-kit/errors';
import { comuniScope } from '../data/comuni-scope';
import { sheetCsv } from '../render/csv';
import type { ExportLocale } from '../render/sheet';
import { toXlsx } from '../render/xlsx';
import { DATASETS, sheetsOf, type Dataset } from '../services/exports';
import { queryEnum, queryString, yearRange, type Ctx } from '../utils/request';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `GET /exports/indicators|demographics|dashboard?format=csv|xlsx&locale=it|en` (+ the dashboard's
   * filters). CSV: the first sheet; headers and labels in Italian unless `locale=en`.
   */
  async download(ctx: Ctx) {
    const dataset = ctx.params.dataset as Dataset;
    if (!DATASETS.includes(dataset)) notFound('elenco da esportare sconosciuto', 'unknown list to export');
    const format = queryEnum(ctx, 'format', ['csv', 'xlsx'] as const, 'csv') as 'csv' | 'xlsx';
    const locale = queryEnum(ctx, 'locale', ['it', 'en'] as const, 'it') as ExportLocale;
    const year = new Date().getFullYear();
    const params = {
      ...yearRange(ctx, { from: year, to: year }),
      area: queryString(ctx, 'area'),
      municipality: queryString(ctx, 'municipality'),
    };
    // The dashboard's counts follow the caller's comuni (planning data and population are the district's).
    const comuni = dataset === 'dashboard' ? await comuniScope(strapi, ctx.state.user, params.municipality) : undefined;
    const sheets = await sheetsOf(strapi, dataset, params, locale, comuni);
    ctx.set('Content-Disposition', `attachment; filename="osservatorio-${dataset}.${format}"`);
    if (format === 'xlsx') {
      ctx.type = XLSX;
      ctx.body = await toXlsx(sheets, locale);
    } else {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = sheetCsv(sheets[0], locale);
    }
  },
});
