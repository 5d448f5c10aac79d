import type { WorkflowDefinition, ValidationContext } from '../../../src/plugins/workflows/shared';

export const t = (it: string, en: string = it) => ({ it, en });

export const CONTEXT: ValidationContext = {
  roles: ['udp', 'operator', 'provider', 'table-member'],
  attributes: ['id', 'documentId', 'name', 'status', 'contactEmail', 'providers', 'yearlyBudget'],
  forms: ['housing-report', 'segretariato-intake'],
  users: ['udp', 'op.bussero'],
};

/** A small housing-like workflow: report → assessment (10 working days) → waitlist | rejected. */
export function housingLike(): WorkflowDefinition {
  return {
    start: { roles: ['operator', 'udp'] },
    states: [
      { key: 'report', label: t('Segnalazione', 'Report'), kind: 'initial', colour: '#1565c0' },
      {
        key: 'assessment',
        label: t('Valutazione', 'Assessment'),
        kind: 'normal',
        colour: '#f9a825',
        deadline: { workingDays: 10 },
      },
      { key: 'waitlist', label: t('Lista di attesa', 'Waiting list'), kind: 'final', colour: '#2e7d32' },
      { key: 'rejected', label: t('Non ammesso', 'Not admitted'), kind: 'final', colour: '#757575' },
    ],
    transitions: [
      { key: 'assess', from: 'report', to: 'assessment', label: t('Valuta', 'Assess'), roles: ['udp'] },
      {
        key: 'admit',
        from: 'assessment',
        to: 'waitlist',
        label: t('Ammetti', 'Admit'),
        roles: ['udp'],
        guards: [{ type: 'form', form: 'housing-report' }],
      },
      {
        key: 'reject',
        from: ['report', 'assessment'],
        to: 'rejected',
        label: t('Respingi', 'Reject'),
        roles: ['udp', 'operator'],
        actions: [{ type: 'comment', required: true }],
      },
    ],
  };
}

/** Deep copy to mutate in a test. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
