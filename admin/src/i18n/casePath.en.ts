import type { casePathIt } from './casePath.it';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English messages of a service's case path and of the forms on the case page. */
export const casePathEn: Messages<typeof casePathIt> = {
  casePath: {
    title: 'Case path',
    help: 'The workflow every new case of this service starts and the forms filled in within the case.',
    workflow: 'Case workflow',
    workflowHelp: 'Started by itself when an operator opens a case of the service. Only workflows published for case files.',
    noWorkflow: 'No workflow',
    forms: 'Case forms',
    form: 'Form',
    purpose: 'Purpose',
    roles: 'Filled in by',
    requiredBefore: 'Required before the transition',
    requiredBeforeHelp: 'The transition cannot be taken until the form is filled in for the case.',
    noTransition: 'No transition',
    chooseWorkflowFirst: 'Choose the case workflow first',
    purposes: {
      accesso: 'Access',
      valutazione: 'Assessment',
      progetto: 'Project',
      monitoraggio: 'Monitoring',
      chiusura: 'Closure',
    },
  },
  caseForms: {
    title: 'Case forms',
    none: "This case's service has no forms.",
    state: { todo: 'To fill in', done: 'Filled in', required: 'Required now' },
    fill: 'Fill in',
    fillAgain: 'Fill in again',
    close: 'Close',
    filledBy: 'Filled in by %{author} on %{date}',
    saved: 'Form saved in the case',
    refused: 'The form was not saved: correct the fields shown',
    notYours: 'Filled in by: %{roles}',
  },
};
