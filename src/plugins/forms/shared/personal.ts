import { indexDefinition } from './definition-index';
import type { FormDefinition } from './types';

/**
 * Fields flagged `personal` (and every field of a flagged group): their data templates, `*` standing for
 * any row of a group (`phone`, `members.*.firstName`).
 */
export function personalPaths(definition: FormDefinition): string[] {
  if (!definition || !Array.isArray(definition.sections)) return [];
  return indexDefinition(definition)
    .fields.filter((entry) => entry.field.personal === true || entry.groups.some((group) => group.personal === true))
    .map((entry) => entry.template);
}

/** Whether the data template `template` (or one of its enclosing groups) is personal. */
export function isPersonalPath(definition: FormDefinition, template: string): boolean {
  const paths = personalPaths(definition);
  return paths.some((path) => path === template || template.startsWith(`${path}.`));
}

type Data = Record<string, unknown>;

function drop(data: unknown, steps: string[]): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const [head, ...rest] = steps;
  if (!(head in (data as Data))) return data;
  const copy: Data = { ...(data as Data) };
  if (rest.length === 0) delete copy[head];
  else if (rest[0] === '*' && Array.isArray(copy[head]))
    copy[head] = (copy[head] as unknown[]).map((row) => drop(row, rest.slice(1)));
  return copy;
}

/** A copy of `data` without the answers of personal fields (inside groups too). */
export function redactData(data: Data, definition: FormDefinition): Data {
  let result: unknown = data;
  for (const path of personalPaths(definition)) result = drop(result, path.split('.'));
  return (result ?? {}) as Data;
}

function take(target: unknown, source: unknown, steps: string[]): unknown {
  if (
    !target ||
    typeof target !== 'object' ||
    Array.isArray(target) ||
    !source ||
    typeof source !== 'object' ||
    Array.isArray(source)
  )
    return target;
  const [head, ...rest] = steps;
  const copy: Data = { ...(target as Data) };
  const from = (source as Data)[head];
  if (rest.length === 0) {
    if (from === undefined) delete copy[head];
    else copy[head] = from;
  } else if (rest[0] === '*' && Array.isArray(copy[head]) && Array.isArray(from)) {
    copy[head] = (copy[head] as unknown[]).map((row, i) => take(row, (from as unknown[])[i], rest.slice(1)));
  }
  return copy;
}

/**
 * `input` with the personal answers of `stored` put back: an edit by someone who was never shown them
 * (a role without access to personal data) keeps them as they were, whatever it sends.
 */
export function keepPersonalData(input: Data, stored: Data, definition: FormDefinition): Data {
  let result: unknown = input;
  for (const path of personalPaths(definition)) result = take(result, stored, path.split('.'));
  return result as Data;
}
