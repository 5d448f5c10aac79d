import type { Core } from '@strapi/strapi';
import { fieldError, type FieldError } from '../../../validation/field-errors';
import { MAX_ROWS } from '../../../copayment/calculator/parse-csv';
import { municipalityResolver, normalizeRows } from '../../../copayment/calculator/normalize-rows';
import { loadMunicipalities } from '../../../copayment/server/municipalities';
import { ruledController, type Write } from '../../../copayment/server/ruled-controller';

/** The rows as given, checked; each kept with the comune's ISTAT code (so a dataset moves between databases). */
async function checkRows(strapi: Core.Strapi, rows: unknown) {
  if (!Array.isArray(rows) || rows.length === 0) {
    return { rows: [], errors: [fieldError('rows', 'indicare almeno una riga', 'give at least one row')] };
  }
  if (rows.length > MAX_ROWS)
    return { rows: [], errors: [fieldError('rows', `al massimo ${MAX_ROWS} righe`, `at most ${MAX_ROWS} rows`)] };
  const resolve = municipalityResolver(await loadMunicipalities(strapi));
  return normalizeRows(
    rows.map((values, index) => ({ path: ['rows', String(index)], values, strict: true })),
    resolve
  );
}

async function datasetRules(strapi: Core.Strapi, { data }: Write): Promise<FieldError[]> {
  return data.rows === undefined ? [] : (await checkRows(strapi, data.rows)).errors;
}

async function normalize(strapi: Core.Strapi, data: Record<string, unknown>) {
  return data.rows === undefined ? data : { ...data, rows: (await checkRows(strapi, data.rows)).rows };
}

export default ruledController('api::copayment-dataset.copayment-dataset', datasetRules, { prepare: normalize });
