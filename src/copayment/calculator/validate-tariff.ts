import {
  checkAmount,
  checkChoice,
  checkNumber,
  checkPercent,
  fieldError,
  isPlainObject,
  unknownKeys,
  type FieldError,
} from './field-checks';
import { formatEuro, toCents } from './money';
import { validateBands } from './validate-bands';
import { ROUNDING_MODES, RULES, UNITS } from './types';

/** The tariff parameters, as named in the API (the content type's attributes and a simulation's proposal). */
export const TARIFF_PARAMETER_KEYS = [
  'unit',
  'unitCost',
  'rule',
  'iseeFloor',
  'iseeCeiling',
  'minSharePercent',
  'maxSharePercent',
  'bands',
  'householdFactors',
  'rounding',
  'monthlyCap',
] as const;

const FACTOR_KEYS = ['householdSize', 'coefficient'];
const MAX_UNIT_COST = 100_000;

/**
 * Checks a tariff's parameters as a whole; each error names its field in Italian and English
 * (under `prefix`, e.g. `proposal.bands.1.iseeFrom`). No error: the values are a valid TariffParameters.
 */
export function validateTariff(values: Record<string, unknown>, prefix: string[] = []): FieldError[] {
  const at = (...path: string[]) => [...prefix, ...path];
  const errors: FieldError[] = [
    ...checkChoice(at('unit'), values.unit, UNITS),
    ...checkNumber(at('unitCost'), values.unitCost, { required: true, max: MAX_UNIT_COST }),
    ...checkChoice(at('rule'), values.rule, RULES),
    ...checkChoice(at('rounding'), values.rounding, ROUNDING_MODES, false),
    ...checkAmount(at('monthlyCap'), values.monthlyCap),
    ...validateFactors(at('householdFactors'), values.householdFactors),
  ];
  if (values.rule === 'linear') errors.push(...validateLinear(values, at));
  if (values.rule === 'bands') errors.push(...validateBands(at('bands'), values.bands));
  return errors;
}

function validateLinear(values: Record<string, unknown>, at: (...path: string[]) => string[]): FieldError[] {
  const errors = [
    ...checkAmount(at('iseeFloor'), values.iseeFloor, true),
    ...checkAmount(at('iseeCeiling'), values.iseeCeiling, true),
    ...checkPercent(at('minSharePercent'), values.minSharePercent),
    ...checkPercent(at('maxSharePercent'), values.maxSharePercent),
  ];
  if (errors.length > 0) return errors;
  const floor = values.iseeFloor as number;
  const ceiling = values.iseeCeiling as number;
  if (floor >= ceiling) {
    const [f, c] = [formatEuro(toCents(floor), 'it'), formatEuro(toCents(ceiling), 'it')];
    const [fe, ce] = [formatEuro(toCents(floor), 'en'), formatEuro(toCents(ceiling), 'en')];
    errors.push(
      fieldError(
        at('iseeFloor'),
        `la soglia di esenzione (${f}) deve essere inferiore alla soglia della tariffa piena (${c})`,
        `the exemption threshold (${fe}) must be below the full-tariff threshold (${ce})`
      )
    );
  }
  const min = (values.minSharePercent as number | null | undefined) ?? 0;
  const max = (values.maxSharePercent as number | null | undefined) ?? 100;
  if (min > max) {
    errors.push(
      fieldError(
        at('minSharePercent'),
        'la quota alla soglia di esenzione supera la quota della tariffa piena',
        'the share at the exemption threshold exceeds the full-tariff share'
      )
    );
  }
  return errors;
}

function validateFactors(path: string[], value: unknown): FieldError[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [fieldError(path, 'deve essere un elenco', 'must be a list')];
  if (value.length > 20) return [fieldError(path, 'al massimo 20 righe', 'at most 20 rows')];
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  value.forEach((factor, index) => {
    const itemPath = [...path, String(index)];
    if (!isPlainObject(factor)) {
      errors.push(fieldError(itemPath, 'deve essere un oggetto', 'must be an object'));
      return;
    }
    const sizeErrors = checkNumber([...itemPath, 'householdSize'], factor.householdSize, {
      required: true,
      min: 1,
      max: 20,
      integer: true,
    });
    errors.push(
      ...unknownKeys(itemPath, factor, FACTOR_KEYS),
      ...sizeErrors,
      ...checkNumber([...itemPath, 'coefficient'], factor.coefficient, { required: true, min: 0.5, max: 3, decimals: 3 })
    );
    if (sizeErrors.length === 0 && seen.has(factor.householdSize as number)) {
      errors.push(
        fieldError([...itemPath, 'householdSize'], 'dimensione del nucleo già indicata', 'household size already listed')
      );
    }
    seen.add(factor.householdSize as number);
  });
  return errors;
}

/** Keeps only the tariff parameters of a record (e.g. a stored tariff with relations and timestamps). */
export function pickTariffParameters(record: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of TARIFF_PARAMETER_KEYS) if (record[key] !== undefined) picked[key] = record[key];
  return picked;
}

export { isPlainObject };
