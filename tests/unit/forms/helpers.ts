import type { CrossFieldRule, Evaluation, Field, FieldIssue, FormDefinition } from '../../../src/plugins/forms/shared';
import { compileForm } from '../../../src/plugins/forms/shared';

/** A fixed instant (a Saturday, 10:00 in Rome) so that ages and "today" do not depend on the clock. */
export const NOW = new Date('2024-06-01T08:00:00Z');

export const text = (it: string, en = it) => ({ it, en });

/** A one-section definition with these fields. */
export function definitionOf(fields: Field[], rules?: CrossFieldRule[]): FormDefinition {
  return { sections: [{ key: 'main', title: text('Principale', 'Main'), fields }], ...(rules ? { rules } : {}) };
}

/** Evaluates `input` against a one-section form with these fields. */
export function evaluateWith(fields: Field[], input: unknown, rules?: CrossFieldRule[]): Evaluation {
  return compileForm(definitionOf(fields, rules)).evaluate(input, { now: NOW });
}

/** The paths of the issues, sorted. */
export const pathsOf = (issues: FieldIssue[]) => issues.map((issue) => issue.path).sort();

/** The issue at `path` (fails the test when there is none). */
export function issueAt(issues: FieldIssue[], path: string): FieldIssue {
  const found = issues.find((issue) => issue.path === path);
  if (!found) throw new Error(`no issue at ${path}; issues: ${issues.map((issue) => issue.message).join(' | ')}`);
  return found;
}

/** Asserts an issue is bilingual and well-formed. */
export function expectBilingual(issue: FieldIssue): void {
  expect(issue.it.length).toBeGreaterThan(0);
  expect(issue.en.length).toBeGreaterThan(0);
  const where = issue.path || '(root)';
  expect(issue.message).toBe(`${where}: ${issue.it} / ${where}: ${issue.en}`);
}

/** A field with the given key and label. */
export const label = (key: string) => ({ key, label: text(key) });
