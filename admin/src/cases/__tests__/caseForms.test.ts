import { caseFormState, caseFormsOf, onlyKnownFields, type CaseFormEntry } from '../caseFiles/forms/caseFormState';

const entry = (extra: Partial<CaseFormEntry>): CaseFormEntry => ({
  key: 'f',
  name: { it: 'F', en: 'F' },
  purpose: 'accesso',
  roles: ['operator'],
  required: false,
  submissions: [],
  ...extra,
});
const submission = {
  documentId: 's',
  version: 1,
  author: 'op.bussero',
  editable: true,
  createdAt: '2026-12-07T10:00:00Z',
  updatedAt: '2026-12-07T10:00:00Z',
};

describe('a case form state', () => {
  it('is filled once a submission is seen, required now when the workflow needs it, else to fill', () => {
    expect(caseFormState(entry({ submissions: [submission], required: true }))).toBe('done');
    expect(caseFormState(entry({ required: true }))).toBe('required');
    expect(caseFormState(entry({}))).toBe('todo');
  });

  it('reads the forms of a case record, none when absent', () => {
    expect(caseFormsOf({ id: 'c', forms: [entry({})] })).toHaveLength(1);
    expect(caseFormsOf({ id: 'c' })).toEqual([]);
    expect(caseFormsOf(undefined)).toEqual([]);
  });

  it('prefills only the fields the form has', () => {
    expect(onlyKnownFields({ accessDate: '2026-12-07', firstName: 'Marta' }, ['firstName', 'minori'])).toEqual({
      firstName: 'Marta',
    });
  });
});
