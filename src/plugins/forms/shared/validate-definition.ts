import { definitionChecks } from './definition-checks';
import { indexDefinition } from './definition-index';
import { structuralIssues } from './definition-schema';
import { expressionChecks } from './expression-checks';
import { fieldIssue } from './issues';
import type { FieldIssue, FormDefinition } from './types';

/** No legitimate definition nests JSON this deep; checked before anything recurses into it. */
export const MAX_JSON_DEPTH = 100;

/** Limits on a definition's size: beyond them validating it (and every submission) would block the server. */
export const MAX_FIELDS = 500;
export const MAX_SECTIONS = 100;

/** Sections and fields (groups' fields included) of a value that may be a definition; counted without recursion. */
function sizeOf(definition: unknown): { sections: number; fields: number } {
  const sections = (definition as { sections?: unknown })?.sections;
  if (!Array.isArray(sections)) return { sections: 0, fields: 0 };
  let fields = 0;
  const stack: unknown[] = sections.map((section) => (section as { fields?: unknown })?.fields);
  while (stack.length > 0) {
    const list = stack.pop();
    if (!Array.isArray(list)) continue;
    fields += list.length;
    for (const field of list) if (field && typeof field === 'object') stack.push((field as { fields?: unknown }).fields);
  }
  return { sections: sections.length, fields };
}

/** The path where `value` goes deeper than `limit`, or null. */
function tooDeepAt(value: unknown, limit: number): string | null {
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: string; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return path;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      stack.push({ node: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Checks a definition before it is saved, and returns every problem with where it is
 * (`sections.1.fields.3.pattern`) and what it is, in Italian and English; empty when valid.
 * First the structure (JSON Schema: unknown properties and field types, missing or mistyped
 * properties); when that holds, the meaning: duplicate keys, bounds, option codes, unsafe patterns,
 * nesting, expressions (operators, depth, missing fields), rule paths, cycles among calculated fields.
 */
export function validateDefinition(definition: unknown): FieldIssue[] {
  const deep = tooDeepAt(definition, MAX_JSON_DEPTH);
  if (deep !== null) {
    return [
      fieldIssue(
        deep,
        `struttura annidata troppo in profondità (oltre ${MAX_JSON_DEPTH} livelli)`,
        `structure nested too deeply (beyond ${MAX_JSON_DEPTH} levels)`
      ),
    ];
  }
  const size = sizeOf(definition);
  if (size.sections > MAX_SECTIONS) {
    return [
      fieldIssue(
        'sections',
        `troppe sezioni (${size.sections}, al massimo ${MAX_SECTIONS})`,
        `too many sections (${size.sections}, at most ${MAX_SECTIONS})`
      ),
    ];
  }
  if (size.fields > MAX_FIELDS) {
    return [
      fieldIssue(
        'sections',
        `troppi campi (${size.fields}, al massimo ${MAX_FIELDS})`,
        `too many fields (${size.fields}, at most ${MAX_FIELDS})`
      ),
    ];
  }
  const structural = structuralIssues(definition);
  if (structural.length > 0) return structural;
  const checked = definition as FormDefinition;
  const index = indexDefinition(checked);
  return [...definitionChecks(checked, index), ...expressionChecks(checked, index)];
}
