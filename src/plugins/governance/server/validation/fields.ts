import type { BilingualIssue } from '../utils/errors';

/**
 * Field checks for write bodies: each reads one value, records a bilingual issue naming the field when
 * it is wrong, and returns the value normalised (`undefined` when absent, `null` when cleared).
 */
export class FieldChecker {
  readonly issues: BilingualIssue[] = [];

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly prefix = ''
  ) {}

  private at(key: string) {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  /** Records an issue on `key`; returns undefined so that a check can `return this.add(…)`. */
  add(key: string, it: string, en: string): undefined {
    this.issues.push({ path: this.at(key), it, en });
    return undefined;
  }

  has(key: string): boolean {
    return this.data[key] !== undefined;
  }

  /** Refuses keys outside `allowed`. */
  onlyKeys(allowed: string[]): this {
    for (const key of Object.keys(this.data)) if (!allowed.includes(key)) this.add(key, 'campo sconosciuto', 'unknown field');
    return this;
  }

  /** Refuses keys that only the server sets. */
  readOnly(keys: string[]): this {
    for (const key of keys) if (this.has(key)) this.add(key, 'campo di sola lettura', 'read-only field');
    return this;
  }

  text(
    key: string,
    { required = false, max = 200, pattern }: { required?: boolean; max?: number; pattern?: [RegExp, string, string] } = {}
  ) {
    const value = this.data[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.add(key, 'obbligatorio', 'required');
      return value === undefined ? undefined : null;
    }
    if (typeof value !== 'string') return this.add(key, 'deve essere un testo', 'must be text');
    if (required && value.trim() === '') return this.add(key, 'obbligatorio', 'required');
    if (value.length > max) return this.add(key, `al massimo ${max} caratteri`, `at most ${max} characters`);
    if (pattern && !pattern[0].test(value)) return this.add(key, pattern[1], pattern[2]);
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], required = false): T | null | undefined {
    const value = this.data[key];
    if (value === undefined || value === null) {
      if (required) this.add(key, 'obbligatorio', 'required');
      return value as null | undefined;
    }
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.add(key, `valore ammesso: ${allowed.join(', ')}`, `allowed values: ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  boolean(key: string): boolean | undefined {
    const value = this.data[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') return this.add(key, 'vero o falso', 'true or false');
    return value;
  }

  /** A calendar day `YYYY-MM-DD` that exists. */
  date(key: string, required = false): string | null | undefined {
    const value = this.data[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.add(key, 'obbligatorio', 'required');
      return value === undefined ? undefined : null;
    }
    if (typeof value !== 'string' || !isDay(value)) return this.add(key, 'data nel formato AAAA-MM-GG', 'date as YYYY-MM-DD');
    return value;
  }

  /** An instant in ISO 8601 with a time zone (e.g. `2026-03-10T15:00:00Z` or `…+01:00`); stored in UTC. */
  dateTime(key: string, required = false): string | null | undefined {
    const value = this.data[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.add(key, 'obbligatorio', 'required');
      return value === undefined ? undefined : null;
    }
    const ok = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
    const time = ok ? Date.parse(value as string) : NaN;
    if (!ok || Number.isNaN(time) || !isDay((value as string).slice(0, 10))) {
      return this.add(
        key,
        'data e ora ISO 8601 con fuso (es. 2026-03-10T15:00:00+01:00)',
        'ISO 8601 date-time with offset (e.g. 2026-03-10T15:00:00+01:00)'
      );
    }
    return new Date(time).toISOString();
  }

  url(key: string): string | null | undefined {
    const value = this.text(key, { max: 500 });
    if (!value) return value;
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      return this.add(key, 'indirizzo web http(s) valido', 'a valid http(s) web address');
    }
    return value;
  }

  documentId(key: string, required = false): string | null | undefined {
    return this.text(key, {
      required,
      max: 64,
      pattern: [/^[A-Za-z0-9_-]+$/, 'identificativo (documentId) non valido', 'invalid documentId'],
    });
  }

  documentIds(key: string): string[] | undefined {
    const value = this.data[key];
    if (value === undefined) return undefined;
    if (
      !Array.isArray(value) ||
      value.length > 100 ||
      value.some((v) => typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(v))
    ) {
      return this.add(key, 'elenco di documentId', 'list of documentIds');
    }
    return [...new Set(value as string[])];
  }
}

export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
