import type { Core } from '@strapi/strapi';
import { fieldError, isPlainObject, unknownKeys, type FieldError } from '../calculator/field-checks';
import { municipalityResolver, normalizeRows, type MunicipalityRef } from '../calculator/normalize-rows';
import { labelCsvErrors, MAX_ROWS, parseCsv } from '../calculator/parse-csv';
import type { BeneficiaryRow } from '../calculator/simulate';
import { TARIFF_PARAMETER_KEYS } from '../calculator/validate-tariff';
import { throwFieldErrors } from '../../validation/field-errors';
import { findService, loadMunicipalities } from './municipalities';
import { requestBody } from './request-body';
import { isIsoDate, todayInRome } from './today';

export const DATASET = 'api::copayment-dataset.copayment-dataset';
const KEYS = ['service', 'dataset', 'csv', 'rows', 'date', 'proposal'] as const;
const MAX_CSV_LENGTH = 2_000_000;

export interface SimulationInput {
  service: NonNullable<Awaited<ReturnType<typeof findService>>>;
  date: string;
  source: { kind: 'dataset' | 'csv' | 'rows'; name: string | null; exampleData: boolean };
  rows: BeneficiaryRow[];
  proposal: Record<string, unknown> | null;
  municipalities: MunicipalityRef[];
}

/**
 * Reads POST /api/copayment/simulations: the service, exactly one source of beneficiaries (a stored
 * dataset, CSV text or JSON rows), an optional day and an optional proposal. Every problem is a 400
 * naming its field (`rows.4.isee`, `csv.12.municipality`, `proposal.bands`); nothing is saved.
 */
export async function readSimulationInput(strapi: Core.Strapi, body: unknown): Promise<SimulationInput> {
  const input = requestBody(body, KEYS);
  const errors: FieldError[] = [];
  const service = await findService(strapi, input.service);
  if (!service)
    errors.push(fieldError('service', 'servizio sconosciuto: indicare il documentId', 'unknown service: give its documentId'));
  if (input.date !== undefined && !isIsoDate(input.date)) {
    errors.push(fieldError('date', 'data non valida (formato AAAA-MM-GG)', 'invalid date (format YYYY-MM-DD)'));
  }
  const given = (['dataset', 'csv', 'rows'] as const).filter((key) => input[key] !== undefined && input[key] !== null);
  if (given.length !== 1) {
    errors.push(
      fieldError(
        given[1] ?? 'dataset',
        'indicare una sola fonte dei beneficiari: dataset, csv o rows',
        'give exactly one source of beneficiaries: dataset, csv or rows'
      )
    );
  }
  if (input.proposal !== undefined && input.proposal !== null) {
    if (!isPlainObject(input.proposal)) errors.push(fieldError('proposal', 'deve essere un oggetto', 'must be an object'));
    else errors.push(...unknownKeys(['proposal'], input.proposal, TARIFF_PARAMETER_KEYS));
  }
  if (errors.length > 0 || !service) throwFieldErrors(errors);

  const municipalities = await loadMunicipalities(strapi);
  const resolve = municipalityResolver(municipalities);
  const source = await readSource(strapi, given[0], input, service.documentId);
  const { rows, errors: rowErrors } = normalizeRows(source.items, resolve);
  const problems = labelCsvErrors([...source.errors, ...rowErrors], source.labels);
  if (problems.length > 0) throwFieldErrors(problems.slice(0, 50));
  return {
    service,
    date: (input.date as string | undefined) ?? todayInRome(),
    source: { kind: given[0], name: source.name, exampleData: source.exampleData },
    rows,
    proposal: (input.proposal as Record<string, unknown> | undefined) ?? null,
    municipalities,
  };
}

type Items = { path: string[]; values: unknown; strict: boolean }[];

async function readSource(
  strapi: Core.Strapi,
  kind: 'dataset' | 'csv' | 'rows',
  input: Record<string, unknown>,
  service: string
) {
  const fail = (path: string, it: string, en: string) => ({
    items: [] as Items,
    errors: [fieldError(path, it, en)],
    name: null,
    exampleData: false,
    labels: {},
  });
  if (kind === 'csv') {
    if (typeof input.csv !== 'string') return fail('csv', 'deve essere un testo CSV', 'must be CSV text');
    if (input.csv.length > MAX_CSV_LENGTH)
      return fail('csv', 'testo CSV troppo lungo (massimo 2 MB)', 'CSV text too long (at most 2 MB)');
    const parsed = parseCsv(input.csv);
    const items = parsed.rows.map((row) => ({ path: ['csv', String(row.line)], values: row.values, strict: false }));
    return { items, errors: parsed.errors, name: null, exampleData: false, labels: parsed.labels };
  }
  if (kind === 'rows') {
    if (!Array.isArray(input.rows) || input.rows.length === 0)
      return fail('rows', 'indicare almeno una riga', 'give at least one row');
    if (input.rows.length > MAX_ROWS) return fail('rows', `al massimo ${MAX_ROWS} righe`, `at most ${MAX_ROWS} rows`);
    const items = input.rows.map((values, index) => ({ path: ['rows', String(index)], values, strict: true }));
    return { items, errors: [], name: null, exampleData: false, labels: {} };
  }
  const dataset =
    typeof input.dataset === 'string'
      ? await strapi.db
          .query(DATASET)
          .findOne({ where: { documentId: input.dataset }, populate: { service: { select: ['documentId'] } } })
      : null;
  if (!dataset) return fail('dataset', 'campione sconosciuto: indicare il documentId', 'unknown dataset: give its documentId');
  if (dataset.service && dataset.service.documentId !== service) {
    return fail('dataset', 'il campione è di un altro servizio', 'the dataset belongs to another service');
  }
  const rows = Array.isArray(dataset.rows) ? (dataset.rows as unknown[]) : [];
  const items = rows.map((values, index) => ({ path: ['dataset', 'rows', String(index)], values, strict: false }));
  return { items, errors: [], name: dataset.name as string, exampleData: Boolean(dataset.exampleData), labels: {} };
}
