import { formChoices, transitionChoices, workflowChoices } from '../casePathChoices';
import type { FormSummary } from '../../../forms/api/types';
import type { WorkflowSummary } from '../../../workflows/api/types';

const t = (it: string, en: string) => ({ it, en });
const definition = {
  start: { roles: ['operator'] },
  states: [
    { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0' },
    { key: 'istruttoria', label: t('Istruttoria', 'Review'), kind: 'final', colour: '#f9a825' },
  ],
  transitions: [
    { key: 'avvia', from: ['presentata'], to: 'istruttoria', label: t('Avvia istruttoria', 'Start review'), roles: ['operator'] },
  ],
};
const workflow = (key: string, name: string, contentType: string, status: string) =>
  ({
    documentId: key,
    key,
    name: t(name, `${name} (en)`),
    contentType,
    contentTypeAvailable: true,
    versions: [{ documentId: 'v', version: 1, status, definition }],
  }) as unknown as WorkflowSummary;
const form = (key: string, title: string, status: string) =>
  ({
    documentId: key,
    key,
    title: t(title, `${title} (en)`),
    roles: ['operator'],
    versions: [{ documentId: 'v', version: 1, status }],
  }) as unknown as FormSummary;

describe('the case path pickers', () => {
  it('offer published workflows of case files only, by name', () => {
    const choices = workflowChoices(
      [
        workflow('b', 'Zeta', 'api::case.case', 'published'),
        workflow('a', 'Alfa', 'api::case.case', 'published'),
        workflow('c', 'Bozza', 'api::case.case', 'draft'),
        workflow('d', 'Servizi', 'api::service.service', 'published'),
      ],
      'it'
    );
    expect(choices).toEqual([
      { id: 'a', name: 'Alfa' },
      { id: 'b', name: 'Zeta' },
    ]);
  });

  it('offer published forms only, by title in the user language', () => {
    expect(formChoices([form('x', 'Domanda', 'published'), form('y', 'Mai pubblicato', 'draft')], 'en')).toEqual([
      { id: 'x', name: 'Domanda (en)' },
    ]);
  });

  it("name the chosen workflow's transitions by label with the states they join; none without a workflow", () => {
    const workflows = [workflow('w', 'Richiesta', 'api::case.case', 'published')];
    expect(transitionChoices(workflows, 'w', 'it')).toEqual([
      { id: 'avvia', name: 'Avvia istruttoria (Presentata → Istruttoria)' },
    ]);
    expect(transitionChoices(workflows, 'w', 'en')).toEqual([{ id: 'avvia', name: 'Start review (Submitted → Review)' }]);
    expect(transitionChoices(workflows, null, 'it')).toEqual([]);
  });
});
