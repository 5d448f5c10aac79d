/** A form of the case's service as `GET /api/cases/:id` lists it in `forms`. */
export interface CaseFormEntry {
  key: string;
  name: { it: string; en: string };
  purpose: string;
  roles: string[];
  /** A transition leaving the workflow's current state needs it now. */
  required: boolean;
  submissions: {
    documentId: string;
    version: number;
    author: string | null;
    editable: boolean;
    createdAt: string;
    updatedAt: string;
  }[];
}

export type CaseFormState = 'done' | 'required' | 'todo';

/** "compilato" once the caller sees a submission; else "richiesto ora" when the workflow needs it; else "da compilare". */
export function caseFormState(entry: CaseFormEntry): CaseFormState {
  if (entry.submissions.length > 0) return 'done';
  return entry.required ? 'required' : 'todo';
}

/** The case's forms, from the record (absent on older answers). */
export function caseFormsOf(record: object | undefined): CaseFormEntry[] {
  const forms = (record as { forms?: unknown } | undefined)?.forms;
  return Array.isArray(forms) ? (forms as CaseFormEntry[]) : [];
}

/** Prefill values the form has fields for (values of fields it lacks would be refused as unknown). */
export function onlyKnownFields(values: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.includes(key)));
}
