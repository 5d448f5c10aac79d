import type { BilingualIssue } from '../../../plugin-kit/errors';

/** How one writable field is checked. */
export type FieldRule =
  | { kind: 'string'; max: number; required?: boolean; pattern?: RegExp }
  | { kind: 'integer'; min?: number; max?: number; required?: boolean }
  | { kind: 'number'; required?: boolean }
  | { kind: 'enum'; values: string[]; required?: boolean }
  | { kind: 'codes'; required?: boolean }
  | { kind: 'object'; required?: boolean }
  | { kind: 'any' };

const issue = (path: string, it: string, en: string): BilingualIssue => ({ path, it, en });

/**
 * Checks `data` against `rules`: unknown keys, types, ranges, required fields (when `creating`).
 * Returns every problem; an empty list means the data may be written.
 */
export function fieldIssues(
  data: Record<string, unknown>,
  rules: Record<string, FieldRule>,
  creating: boolean
): BilingualIssue[] {
  const issues: BilingualIssue[] = [];
  for (const key of Object.keys(data)) if (!(key in rules)) issues.push(issue(key, 'campo sconosciuto', 'unknown field'));
  for (const [key, rule] of Object.entries(rules)) {
    const value = data[key];
    const required = 'required' in rule && rule.required;
    if (value === undefined || value === null) {
      if (required && (creating || value === null)) issues.push(issue(key, 'campo obbligatorio', 'required field'));
      continue;
    }
    switch (rule.kind) {
      case 'string':
        if (typeof value !== 'string') issues.push(issue(key, 'deve essere un testo', 'must be text'));
        else if (value.length > rule.max)
          issues.push(issue(key, `al massimo ${rule.max} caratteri`, `at most ${rule.max} characters`));
        else if (required && value.trim() === '') issues.push(issue(key, 'campo obbligatorio', 'required field'));
        else if (rule.pattern && !rule.pattern.test(value)) issues.push(issue(key, 'formato non valido', 'invalid format'));
        break;
      case 'integer':
        if (!Number.isInteger(value)) issues.push(issue(key, 'deve essere un numero intero', 'must be a whole number'));
        else if (
          (rule.min !== undefined && (value as number) < rule.min) ||
          (rule.max !== undefined && (value as number) > rule.max)
        )
          issues.push(
            issue(key, `tra ${rule.min ?? '-∞'} e ${rule.max ?? '∞'}`, `between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}`)
          );
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value))
          issues.push(issue(key, 'deve essere un numero', 'must be a number'));
        break;
      case 'enum':
        if (!rule.values.includes(value as string))
          issues.push(issue(key, `valore tra ${rule.values.join(', ')}`, `value among ${rule.values.join(', ')}`));
        break;
      case 'codes':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
          issues.push(issue(key, 'deve essere un elenco di codici', 'must be a list of codes'));
        break;
      case 'object':
        if (typeof value !== 'object' || Array.isArray(value))
          issues.push(issue(key, 'deve essere un oggetto', 'must be an object'));
        break;
      case 'any':
        break;
    }
  }
  return issues;
}
