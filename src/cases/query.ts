import { throwIssues, type BilingualIssue } from '../plugins/plugin-kit/errors';
import type { Caller } from './caller';
import {
  ALWAYS,
  COMPONENTS,
  READABLE,
  RELATIONS,
  SEARCH,
  SORT_THROUGH,
  TARGET_FIELDS,
  isCaseType,
  type CaseRole,
  type CaseType,
} from './model';
import { scopeOf } from './scope';

type Filter = Record<string, unknown>;
type Populate = Record<string, unknown>;

const OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$not',
]);
const LOGICAL = new Set(['$and', '$or', '$not']);
const MAX_DEPTH = 4;
export const MAX_PAGE_SIZE = 100;
const TO_MANY = new Set(['beneficiary.cases', 'case.referrals', 'case.interventions', 'case.vouchers']);

/** Why a query part is refused: the same words whether the field exists or not, so nothing is revealed. */
const refused = (path: string): BilingualIssue => ({
  path,
  it: 'campo non consentito per filtri, ordinamento o inclusione',
  en: 'field not allowed for filtering, sorting or populate',
});

/** Scalar, relation and component names a role reads on a type, or on a catalogue/user target. */
function readableOf(role: CaseRole, target: string): string[] {
  return isCaseType(target) ? READABLE[role][target] : (TARGET_FIELDS[target] ?? []);
}
function relationTarget(target: string, key: string): string | undefined {
  return isCaseType(target) ? RELATIONS[target][key] : undefined;
}
function isComponent(target: string, key: string): boolean {
  return isCaseType(target) && !!COMPONENTS[target]?.[key];
}

/** Readable scalar attributes: the `fields` the document service selects. */
export function scalarFields(role: CaseRole, target: string): string[] {
  return readableOf(role, target).filter((key) => !relationTarget(target, key) && !isComponent(target, key));
}

export class QueryChecker {
  readonly issues: BilingualIssue[] = [];
  constructor(
    private readonly caller: Caller,
    private readonly role: CaseRole
  ) {}

  /** A client's filters on `target`, checked field by field; a relation into a case type carries that type's scope. */
  filters(target: string, value: unknown, path: string, depth = 0): Filter {
    if (!value || typeof value !== 'object' || Array.isArray(value) || depth > MAX_DEPTH) {
      this.issues.push({ path, it: 'filtro non valido', en: 'invalid filter' });
      return {};
    }
    const out: Filter = {};
    for (const [key, inner] of Object.entries(value as Filter)) {
      const at = `${path}.${key}`;
      if (key === '$and' || key === '$or') {
        const list = Array.isArray(inner) ? inner : inner && typeof inner === 'object' ? Object.values(inner) : null;
        if (!list) this.issues.push({ path: at, it: 'deve essere un elenco', en: 'must be a list' });
        else out[key] = list.map((item, i) => this.filters(target, item, `${at}.${i}`, depth + 1));
      } else if (key === '$not') {
        out[key] = this.filters(target, inner, at, depth + 1);
      } else if (key === 'id' || key === 'documentId') {
        out[key] = this.scalar(inner, at);
      } else if (!readableOf(this.role, target).includes(key) || isComponent(target, key)) {
        this.issues.push(refused(at));
      } else {
        const next = relationTarget(target, key);
        if (!next) out[key] = this.scalar(inner, at);
        else if (isCaseType(next)) out[key] = { $and: [this.filters(next, inner, at, depth + 1), scopeOf(this.caller, next)] };
        else out[key] = this.filters(next, inner, at, depth + 1);
      }
    }
    return out;
  }

  private scalar(value: unknown, path: string): unknown {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
    if (Array.isArray(value)) {
      if (value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return value;
    } else if (typeof value === 'object') {
      const out: Filter = {};
      for (const [op, inner] of Object.entries(value as Filter)) {
        if (!OPERATORS.has(op)) {
          this.issues.push(
            LOGICAL.has(op)
              ? { path: `${path}.${op}`, it: 'operatore non valido qui', en: 'operator not valid here' }
              : refused(`${path}.${op}`)
          );
          continue;
        }
        out[op] = op === '$not' ? this.scalar(inner, `${path}.${op}`) : this.scalar(inner, `${path}.${op}`);
      }
      return out;
    }
    this.issues.push({ path, it: 'valore non valido', en: 'invalid value' });
    return null;
  }

  /** `sort=a:asc,b.c:desc` in any of Strapi's shapes, each path readable. */
  sort(target: CaseType, raw: unknown): string[] {
    const items: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string')
        items.push(
          ...value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        );
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) items.push(`${k}:${String(v)}`);
    };
    collect(raw);
    return items.map((item) => {
      const [field, direction = 'asc'] = item.split(':');
      const path = `sort.${field}`;
      if (!['asc', 'desc'].includes(direction.toLowerCase()))
        this.issues.push({ path, it: 'direzione non valida', en: 'invalid direction' });
      let current: string = target;
      const parts = field.split('.');
      parts.forEach((part, index) => {
        const last = index === parts.length - 1;
        if (['id', 'documentId', 'createdAt', 'updatedAt'].includes(part) && last) return;
        const next = relationTarget(current, part);
        // Sorting through a to-many relation would order by rows of other scopes: refused like any unreadable field.
        const toMany = TO_MANY.has(`${current}.${part}`);
        // Into another case type only where its scope follows from this one's (SORT_THROUGH).
        const outOfScope = !!next && isCaseType(next) && !SORT_THROUGH[this.role].includes(`${current}.${part}`);
        if (
          !readableOf(this.role, current).includes(part) ||
          isComponent(current, part) ||
          toMany ||
          outOfScope ||
          (last ? !!next : !next)
        ) {
          this.issues.push(refused(path));
          return;
        }
        if (next) current = next;
      });
      return `${field}:${direction.toLowerCase()}`;
    });
  }

  /** `populate` in Strapi's shapes (`*`, list, dotted, nested objects) → a populate with fields and scopes set by the server. */
  populate(target: CaseType, raw: unknown): Populate | undefined {
    if (raw === undefined || raw === '') return undefined;
    const tree = this.populateTree(target, raw, 'populate', 0);
    return this.build(target, tree);
  }

  private populateTree(target: string, raw: unknown, path: string, depth: number): Record<string, unknown> {
    const tree: Record<string, unknown> = {};
    const add = (dotted: string) => {
      const [head, ...rest] = dotted.split('.');
      const existing = (tree[head] as Record<string, unknown>) ?? {};
      tree[head] = rest.length
        ? { ...existing, ...this.populateTree(relationTarget(target, head) ?? '', rest.join('.'), `${path}.${head}`, depth + 1) }
        : existing;
    };
    if (depth > MAX_DEPTH) {
      this.issues.push({ path, it: 'inclusione troppo profonda', en: 'populate too deep' });
      return {};
    }
    if (raw === '*' || raw === true || raw === 'true') {
      for (const key of readableOf(this.role, target))
        if (relationTarget(target, key) || isComponent(target, key)) tree[key] = {};
    } else if (typeof raw === 'string')
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .forEach(add);
    else if (Array.isArray(raw))
      raw.forEach((item) =>
        typeof item === 'string' ? add(item) : this.issues.push({ path, it: 'valore non valido', en: 'invalid value' })
      );
    else if (raw && typeof raw === 'object') {
      for (const [key, value] of Object.entries(raw)) {
        if (value === true || value === 'true' || value === '*') tree[key] = {};
        else if (value && typeof value === 'object') {
          const nested = (value as { populate?: unknown }).populate;
          tree[key] =
            nested === undefined ? {} : this.populateTree(relationTarget(target, key) ?? '', nested, `${path}.${key}`, depth + 1);
        } else tree[key] = {};
      }
    } else this.issues.push({ path, it: 'valore non valido', en: 'invalid value' });
    for (const key of Object.keys(tree)) {
      if (!readableOf(this.role, target).includes(key) || !(relationTarget(target, key) || isComponent(target, key))) {
        this.issues.push(refused(`${path}.${key}`));
        delete tree[key];
      }
    }
    return tree;
  }

  private build(target: string, tree: Record<string, unknown>): Populate {
    const out: Populate = {};
    for (const [key, sub] of Object.entries(tree)) {
      if (isComponent(target, key)) {
        const users = COMPONENTS[target as CaseType]?.[key]?.users ?? [];
        out[key] = users.length ? { populate: Object.fromEntries(users.map((u) => [u, { fields: TARGET_FIELDS.user }])) } : true;
        continue;
      }
      const next = relationTarget(target, key) as string;
      const entry: Record<string, unknown> = { fields: scalarFields(this.role, next) };
      if (isCaseType(next)) entry.filters = scopeOf(this.caller, next);
      const nested = this.build(next, sub as Record<string, unknown>);
      if (Object.keys(nested).length) entry.populate = nested;
      out[key] = entry;
    }
    return out;
  }

  /** `_q`: a case-insensitive search over the type's search fields the role may read, as checked filters. */
  search(target: CaseType, raw: unknown): Filter | undefined {
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string' || raw.length > 100) {
      this.issues.push({ path: '_q', it: 'testo di ricerca non valido', en: 'invalid search text' });
      return undefined;
    }
    const paths = (SEARCH[target] ?? []).filter((path) => {
      let current: string = target;
      return path.split('.').every((part) => {
        const ok = readableOf(this.role, current).includes(part);
        current = relationTarget(current, part) ?? current;
        return ok;
      });
    });
    const terms = paths.map((path) =>
      path.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), { $containsi: raw.trim() })
    );
    return this.filters(target, { $or: terms }, '_q');
  }

  pagination(raw: unknown): { start: number; limit: number; page: number; pageSize: number } {
    const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const int = (value: unknown, fallback: number, min: number, name: string) => {
      if (value === undefined) return fallback;
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) {
        this.issues.push({ path: `pagination.${name}`, it: 'numero non valido', en: 'invalid number' });
        return fallback;
      }
      return n;
    };
    if (p.start !== undefined || p.limit !== undefined) {
      const start = int(p.start, 0, 0, 'start');
      const limit = Math.min(int(p.limit, 25, 1, 'limit'), MAX_PAGE_SIZE);
      return { start, limit, page: Math.floor(start / limit) + 1, pageSize: limit };
    }
    const page = int(p.page, 1, 1, 'page');
    const pageSize = Math.min(int(p.pageSize, 25, 1, 'pageSize'), MAX_PAGE_SIZE);
    return { start: (page - 1) * pageSize, limit: pageSize, page, pageSize };
  }

  done(): void {
    if (this.issues.length) throwIssues(this.issues);
  }
}

export { ALWAYS };
