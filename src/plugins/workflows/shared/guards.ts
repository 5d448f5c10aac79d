import { applyExpression, isTruthy } from '../../forms/shared';
import { bilingual } from './issues';
import type { Guard, LocalizedText, TransitionDefinition } from './types';

/** What guards read: the subject record, the forms filled about it and the instance. */
export interface GuardFacts {
  /** The subject record's fields (null when the record no longer exists). */
  record: Record<string, unknown> | null;
  /** The latest submission's data of each form filled about the record, by form key. */
  forms: Record<string, Record<string, unknown>>;
  instance: { state: string; assigneeRole: string | null; deadline: string | null; startedAt: string | null };
  /** The titles of the forms the guards read, by key: a missing form is named as its users know it. */
  formTitles?: Record<string, LocalizedText>;
  /** Fixes "today" for expressions (tests). */
  now?: Date;
}

/** Role display names by role type, for the messages (the app registers them; a role without one reads "another role"). */
export type RoleNames = Record<string, LocalizedText>;

const nameOfRole = (names: RoleNames | undefined, role: string): LocalizedText =>
  names?.[role] ?? { it: 'un altro ruolo', en: 'another role' };

/** Why a transition cannot be taken, for the user: what is missing, in Italian and English. */
export interface Reason {
  type: 'role' | 'form' | 'fields' | 'expression' | 'comment' | 'state';
  it: string;
  en: string;
  message: string;
  /** The form whose submission is missing. */
  form?: string;
  /** The fields to fill. */
  missing?: string[];
}

export function reason(type: Reason['type'], text: LocalizedText, extra: Partial<Reason> = {}): Reason {
  return { type, it: text.it, en: text.en, message: bilingual(text), ...extra };
}

/** A value counts as filled unless null, undefined, blank text or an empty list. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function guardReason(guard: Guard, facts: GuardFacts): Reason | null {
  if (guard.type === 'form') {
    if (facts.forms[guard.form]) return null;
    const title = facts.formTitles?.[guard.form];
    const text = guard.message ?? {
      it: title
        ? `Manca la compilazione del modulo «${title.it}» per questo record`
        : 'Manca la compilazione di un modulo richiesto per questo record',
      en: title
        ? `A submission of the form "${title.en}" about this record is missing`
        : 'A submission of a required form about this record is missing',
    };
    return reason('form', text, { form: guard.form });
  }
  if (guard.type === 'fields') {
    const missing = guard.fields.filter((field) => !isFilled(facts.record?.[field]));
    if (missing.length === 0) return null;
    const text = guard.message ?? {
      it: `Campi da compilare sul record: ${missing.join(', ')}`,
      en: `Fields to fill on the record: ${missing.join(', ')}`,
    };
    return reason('fields', text, { missing });
  }
  const data = { record: facts.record ?? {}, forms: facts.forms, instance: facts.instance };
  return isTruthy(applyExpression(guard.expression, data, facts.now)) ? null : reason('expression', guard.message);
}

/** The reasons the guards of a transition fail (empty when they all hold). */
export function guardReasons(guards: Guard[] | undefined, facts: GuardFacts): Reason[] {
  return (guards ?? []).map((guard) => guardReason(guard, facts)).filter((found): found is Reason => found !== null);
}

/** Why `role` may not take the transition, or null: named by the role's and the transition's labels. */
export function roleReason(transition: TransitionDefinition, role: string, names?: RoleNames): Reason | null {
  if (transition.roles.includes(role)) return null;
  const mine = nameOfRole(names, role);
  const allowed = transition.roles.map((r) => nameOfRole(names, r));
  return reason('role', {
    it: `Il ruolo ${mine.it} non può eseguire il passaggio «${transition.label.it}» (ruoli ammessi: ${allowed.map((n) => n.it).join(', ')})`,
    en: `The role ${mine.en} may not take the transition "${transition.label.en}" (allowed roles: ${allowed.map((n) => n.en).join(', ')})`,
  });
}

/** Form keys the guards (form guards and `forms.<key>` in expressions) need loaded. */
export function formsRead(guards: Guard[] | undefined): string[] {
  const keys = new Set<string>();
  for (const guard of guards ?? []) {
    if (guard.type === 'form') keys.add(guard.form);
    if (guard.type === 'expression') {
      for (const match of JSON.stringify(guard.expression).matchAll(/"forms\.([a-z0-9][a-z0-9-]*)/g)) keys.add(match[1]);
    }
  }
  return [...keys];
}

/** Whether the guards read the subject record at all. */
export function readsRecord(guards: Guard[] | undefined): boolean {
  return (guards ?? []).some(
    (guard) => guard.type === 'fields' || (guard.type === 'expression' && JSON.stringify(guard.expression).includes('"record'))
  );
}
