import { fieldError, isPlainObject, unknownKeys, type FieldError } from './field-checks';
import type { BeneficiaryRow } from './simulate';
import { validateSituation } from './validate-situation';

/** A comune as the rows may name it. */
export interface MunicipalityRef {
  documentId: string;
  istatCode: string;
  name: string;
}

const ROW_KEYS = ['municipality', 'isee', 'householdSize', 'quantity'];

/** Lower case, no accents, apostrophes and extra spaces: "Cassina de' Pecchi" = "cassina de pecchi". */
const simplify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Finds a comune by documentId, ISTAT code or name. */
export function municipalityResolver(municipalities: MunicipalityRef[]): (value: unknown) => MunicipalityRef | undefined {
  const index = new Map<string, MunicipalityRef>();
  for (const m of municipalities) {
    index.set(m.documentId, m);
    index.set(m.istatCode, m);
    index.set(simplify(m.name), m);
  }
  return (value) => (typeof value === 'string' ? (index.get(value.trim()) ?? index.get(simplify(value))) : undefined);
}

/**
 * Beneficiary rows (from JSON or CSV) checked one by one: each error names the row and the field
 * (`rows.3.isee`, `csv.12.municipality`); good rows get the comune's ISTAT code.
 */
export function normalizeRows(
  items: { path: string[]; values: unknown; strict: boolean }[],
  resolve: (value: unknown) => MunicipalityRef | undefined
): { rows: BeneficiaryRow[]; errors: FieldError[] } {
  const rows: BeneficiaryRow[] = [];
  const errors: FieldError[] = [];
  for (const { path, values, strict } of items) {
    if (!isPlainObject(values)) {
      errors.push(fieldError(path, 'deve essere un oggetto', 'must be an object'));
      continue;
    }
    const problems = [...(strict ? unknownKeys(path, values, ROW_KEYS) : []), ...validateSituation(values, path)];
    const municipality = resolve(values.municipality);
    if (!municipality) {
      const written = typeof values.municipality === 'string' ? values.municipality : '';
      problems.unshift(fieldError([...path, 'municipality'], `comune sconosciuto (${written})`, `unknown comune (${written})`));
    }
    errors.push(...problems);
    if (problems.length === 0 && municipality) {
      rows.push({
        municipality: municipality.istatCode,
        isee: values.isee as number,
        householdSize: values.householdSize as number,
        quantity: values.quantity as number,
      });
    }
  }
  return { rows, errors };
}
