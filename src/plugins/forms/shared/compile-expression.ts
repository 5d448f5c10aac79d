import { daysBetween, romeDate, wholeYearsBetween } from './dates';
import { applyUnchecked } from './expressions';
import { countItems, sumOf } from './operations';
import type { JsonLogicExpression } from './types';

/**
 * JSON Logic compiled once into closures, so that evaluating a submission interprets no rule: the
 * expression is walked when the form version is compiled, not at each request.
 *
 * The result equals `applyExpression` (json-logic-js 2.0 with Ambito's operations) for every expression
 * and every data, errors included (an expression that fails gives null): each operation below is
 * json-logic-js's own code, arguments evaluated as it evaluates them. `tests/unit/forms/compiled-expressions`
 * checks this on random expressions and data. Anything this file does not know (an operator no definition
 * may use) is left to json-logic-js itself.
 */
export type CompiledExpression = (data: unknown, now?: Date) => unknown;

type Node = (data: unknown, now: Date | undefined) => unknown;
type Operation = (data: unknown, args: unknown[], now: Date | undefined) => unknown;

/** `jsonLogic.truthy`. */
export const truthy = (value: unknown): boolean => !(Array.isArray(value) && value.length === 0) && !!value;

const isLogic = (node: unknown): node is Record<string, unknown> =>
  typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;

/** json-logic-js's `var`. */
function readVar(data: unknown, a: unknown, b: unknown): unknown {
  const notFound = b === undefined ? null : b;
  if (typeof a === 'undefined' || a === '' || a === null) return data;
  const props = String(a).split('.');
  let value = data as Record<string, unknown> | null | undefined;
  for (let i = 0; i < props.length; i += 1) {
    if (value === null || value === undefined) return notFound;
    value = value[props[i]] as Record<string, unknown> | null | undefined;
    if (value === undefined) return notFound;
  }
  return value;
}

/** json-logic-js's `missing` (a key that is not a plain name is looked up by json-logic-js, as it does). */
function missing(data: unknown, args: unknown[], now: Date | undefined): unknown[] {
  const found: unknown[] = [];
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    const value =
      typeof key === 'object' && key !== null ? applyUnchecked({ var: key }, data, now) : readVar(data, key, undefined);
    if (value === null || value === '') found.push(key);
  }
  return found;
}

const today = (now: Date | undefined) => romeDate(now ?? new Date());
const sum = (args: unknown[]) => args.reduce<number>((a, b) => parseFloat(a as unknown as string) + parseFloat(b as string), 0);

/** The operations evaluated after all their arguments (json-logic-js calls them with `this` = data). */
const OPERATIONS: Record<string, Operation> = {
  '==': (_, [a, b]) => a == b, // JSON Logic's loose equality
  '===': (_, [a, b]) => a === b,
  '!=': (_, [a, b]) => a != b,
  '!==': (_, [a, b]) => a !== b,
  '>': (_, [a, b]) => (a as number) > (b as number),
  '>=': (_, [a, b]) => (a as number) >= (b as number),
  '<': (_, [a, b, c]) =>
    c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number),
  '<=': (_, [a, b, c]) =>
    c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number),
  '!!': (_, [a]) => truthy(a),
  '!': (_, [a]) => !truthy(a),
  '%': (_, [a, b]) => (a as number) % (b as number),
  in: (_, [a, b]) => {
    if (!b || typeof (b as { indexOf?: unknown }).indexOf === 'undefined') return false;
    return (b as { indexOf(item: unknown): number }).indexOf(a) !== -1;
  },
  cat: (_, args) => Array.prototype.join.call(args, ''),
  substr: (_, [source, start, end]) => {
    if ((end as number) < 0) {
      const temp = String(source).substr(start as number);
      return temp.substr(0, temp.length + (end as number));
    }
    return String(source).substr(start as number, end as number);
  },
  '+': (_, args) => sum(args),
  '*': (_, args) => {
    if (args.length === 0) return ([] as number[]).reduce((a, b) => a * b); // throws, as json-logic-js does
    return args.reduce((a, b) => parseFloat(a as string) * parseFloat(b as string));
  },
  '-': (_, [a, b]) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (_, [a, b]) => (a as number) / (b as number),
  min: (_, args) => Math.min(...(args as number[])),
  max: (_, args) => Math.max(...(args as number[])),
  merge: (_, args) => args.reduce<unknown[]>((a, b) => a.concat(b), []),
  var: (data, [a, b]) => readVar(data, a, b),
  missing,
  missing_some: (data, [needCount, options], now) => {
    const areMissing =
      Array.isArray(options) && options.every((key) => key === null || typeof key !== 'object')
        ? missing(data, [options], now)
        : (applyUnchecked({ missing: options }, data, now) as unknown[]);
    return (options as unknown[]).length - areMissing.length >= (needCount as number) ? [] : areMissing;
  },
  today: (_, __, now) => today(now),
  age: (_, [date, at], now) => wholeYearsBetween(date, at ?? today(now)),
  count: (_, [items]) => countItems(items),
  sum_of: (_, [rows, key]) => sumOf(rows, key),
  days_between: (_, [from, to]) => daysBetween(from, to),
};

const constant =
  (value: unknown): Node =>
  () =>
    value;

/** `{"var": "a.b"}` with a constant path and default: the path split once. */
function compileVar(values: unknown[]): Node | undefined {
  const [a, b] = values;
  const isConstant = (value: unknown) => value === null || typeof value !== 'object';
  if (values.length > 2 || !isConstant(a) || !isConstant(b)) return undefined;
  const notFound = b === undefined ? null : b;
  if (typeof a === 'undefined' || a === '' || a === null) return (data) => data;
  const props = String(a).split('.');
  if (props.length === 1) {
    const key = props[0];
    return (data) => {
      if (data === null || data === undefined) return notFound;
      const value = (data as Record<string, unknown>)[key];
      return value === undefined ? notFound : value;
    };
  }
  return (data) => {
    let value = data as Record<string, unknown> | null | undefined;
    for (let i = 0; i < props.length; i += 1) {
      if (value === null || value === undefined) return notFound;
      value = value[props[i]] as Record<string, unknown> | null | undefined;
      if (value === undefined) return notFound;
    }
    return value;
  };
}

/** Operations taking two arguments, compiled without building an argument list. */
const BINARY: Record<string, (a: unknown, b: unknown) => unknown> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '-': (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (a, b) => (a as number) / (b as number),
  '%': (a, b) => (a as number) % (b as number),
};

/** Iterating operations: the second argument is evaluated with each item as data. */
function compileIterating(op: string, values: unknown[]): Node {
  const source = compileNode(values[0]);
  const scoped = compileNode(values[1]);
  switch (op) {
    case 'filter':
      return (data, now) => {
        const items = source(data, now);
        return Array.isArray(items) ? items.filter((item) => truthy(scoped(item, now))) : [];
      };
    case 'map':
      return (data, now) => {
        const items = source(data, now);
        return Array.isArray(items) ? items.map((item) => scoped(item, now)) : [];
      };
    case 'reduce': {
      const initialNode = typeof values[2] !== 'undefined' ? compileNode(values[2]) : constant(null);
      return (data, now) => {
        const items = source(data, now);
        const initial = initialNode(data, now);
        if (!Array.isArray(items)) return initial;
        return items.reduce((accumulator: unknown, current: unknown) => scoped({ current, accumulator }, now), initial);
      };
    }
    case 'all':
      return (data, now) => {
        const items = source(data, now);
        if (!Array.isArray(items) || !items.length) return false;
        for (let i = 0; i < items.length; i += 1) if (!truthy(scoped(items[i], now))) return false;
        return true;
      };
    case 'none':
      return (data, now) => {
        const items = source(data, now);
        if (!Array.isArray(items) || !items.length) return true;
        for (let i = 0; i < items.length; i += 1) if (truthy(scoped(items[i], now))) return false;
        return true;
      };
    default: // some
      return (data, now) => {
        const items = source(data, now);
        if (!Array.isArray(items) || !items.length) return false;
        for (let i = 0; i < items.length; i += 1) if (truthy(scoped(items[i], now))) return true;
        return false;
      };
  }
}

function compileNode(node: unknown): Node {
  if (Array.isArray(node)) {
    const items = node.map(compileNode);
    return (data, now) => items.map((item) => item(data, now));
  }
  if (!isLogic(node)) return constant(node);
  const op = Object.keys(node)[0];
  const raw = node[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];

  if (op === 'if' || op === '?:') {
    const parts = values.map(compileNode);
    return (data, now) => {
      let i: number;
      for (i = 0; i < parts.length - 1; i += 2) if (truthy(parts[i](data, now))) return parts[i + 1](data, now);
      return parts.length === i + 1 ? parts[i](data, now) : null;
    };
  }
  if (op === 'and' || op === 'or') {
    const parts = values.map(compileNode);
    const stopWhen = op === 'or';
    return (data, now) => {
      let current: unknown;
      for (let i = 0; i < parts.length; i += 1) {
        current = parts[i](data, now);
        if (truthy(current) === stopWhen) return current;
      }
      return current;
    };
  }
  if (op === 'filter' || op === 'map' || op === 'reduce' || op === 'all' || op === 'none' || op === 'some')
    return compileIterating(op, values);
  if (!Object.prototype.hasOwnProperty.call(OPERATIONS, op)) return (data, now) => applyUnchecked(node, data, now);

  if (op === 'var') {
    const fast = compileVar(values);
    if (fast) return fast;
  }
  const args = values.map(compileNode);
  if (values.length === 2 && Object.prototype.hasOwnProperty.call(BINARY, op)) {
    const apply = BINARY[op];
    const [a, b] = args;
    return (data, now) => apply(a(data, now), b(data, now));
  }
  if (values.length === 1 && (op === '!' || op === '!!')) {
    const [a] = args;
    return op === '!' ? (data, now) => !truthy(a(data, now)) : (data, now) => truthy(a(data, now));
  }
  if (op === '+') {
    return (data, now) => {
      let total = 0;
      for (let i = 0; i < args.length; i += 1)
        total = parseFloat(total as unknown as string) + parseFloat(args[i](data, now) as string);
      return total;
    };
  }
  const operation = OPERATIONS[op];
  return (data, now) => {
    const evaluated: unknown[] = [];
    for (let i = 0; i < args.length; i += 1) evaluated[i] = args[i](data, now);
    return operation(data, evaluated, now);
  };
}

/** Compiles an expression; the result gives what `applyExpression` gives (null when evaluation fails). */
export function compileExpression(expression: JsonLogicExpression): CompiledExpression {
  const root = compileNode(expression);
  return (data, now) => {
    try {
      return root(data, now);
    } catch {
      return null;
    }
  };
}

const compiled = new WeakMap<object, CompiledExpression>();

/**
 * Evaluates an expression of a definition through its compiled form, compiled on first use and kept as
 * long as the expression object lives (i.e. as long as the compiled form version holding it).
 */
export function evaluateExpression(expression: JsonLogicExpression | undefined, data: unknown, now?: Date): unknown {
  if (expression === null || typeof expression !== 'object') return expression;
  return compiledExpression(expression)(data, now);
}

/** The compiled form of an expression of a definition (compiled on first use, then kept with it). */
export function compiledExpression(expression: JsonLogicExpression): CompiledExpression {
  if (expression === null || typeof expression !== 'object') return () => expression;
  let run = compiled.get(expression);
  if (!run) {
    run = compileExpression(expression);
    compiled.set(expression, run);
  }
  return run;
}

/** Compiles ahead (when a form version is compiled) so that no submission pays for it. */
export function precompileExpression(expression: JsonLogicExpression | undefined): void {
  if (expression !== undefined) compiledExpression(expression);
}

const ITERATING = new Set(['filter', 'map', 'reduce', 'all', 'none', 'some']);

/**
 * The names an expression reads from its data (first segment of each `var` path), or null when that
 * cannot be known before evaluating it (a computed `var` path, `{"var": ""}`, `missing`, an operator
 * left to json-logic-js). Inside an iteration only the array and the initial value are read from the data.
 */
function rootNames(node: unknown, out: Set<string>): boolean {
  if (Array.isArray(node)) return node.every((item) => rootNames(item, out));
  if (!isLogic(node)) return true;
  const op = Object.keys(node)[0];
  const raw = node[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  if (op === 'var') {
    const [a] = values;
    if ((a !== null && typeof a === 'object') || typeof a === 'undefined' || a === '' || a === null) return false;
    out.add(String(a).split('.')[0]);
    return values.slice(1).every((item) => rootNames(item, out));
  }
  if (op === 'missing' || op === 'missing_some') return false;
  if (ITERATING.has(op)) return rootNames(values[0], out) && (op !== 'reduce' || rootNames(values[2], out));
  if (op !== 'if' && op !== '?:' && op !== 'and' && op !== 'or' && !Object.prototype.hasOwnProperty.call(OPERATIONS, op))
    return false;
  return values.every((item) => rootNames(item, out));
}

const namesRead = new WeakMap<object, Set<string> | null>();

/**
 * Whether evaluating `expression` on `row` alone gives what it gives on the row's full scope (the form's
 * values, then the enclosing rows', then the row's, every field of the row present): true when it reads
 * only fields of the row (`keys`), none of them a name every object has (`constructor`).
 */
export function readsOnly(expression: JsonLogicExpression, keys: ReadonlySet<string>): boolean {
  if (expression === null || typeof expression !== 'object') return true;
  let names = namesRead.get(expression);
  if (names === undefined) {
    const found = new Set<string>();
    names = rootNames(expression, found) ? found : null;
    namesRead.set(expression, names);
  }
  if (names === null) return false;
  for (const name of names) if (!keys.has(name) || name in Object.prototype) return false;
  return true;
}
