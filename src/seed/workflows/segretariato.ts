import { COLOURS, CASE_TYPE, commentRequired, state, t, type SeedWorkflow } from './types';

/** Segretariato sociale: intake → analysis → light take-in-charge (3-4 interviews) → referral | closure. */
export const segretariato: SeedWorkflow = {
  key: 'segretariato',
  name: t('Segretariato sociale', 'Social front desk'),
  description: t(
    'Percorso di chi si rivolge allo sportello: accesso, analisi della domanda, presa in carico leggera, invio al servizio sociale professionale o chiusura.',
    'Path of a person coming to the front desk: intake, analysis of the request, light take-in-charge, referral to the professional social service or closure.'
  ),
  contentType: CASE_TYPE,
  definition: {
    start: { roles: ['operator', 'provider', 'udp'], actions: [{ type: 'assign', user: 'actor' }] },
    states: [
      state('access', t('Accesso', 'Intake'), 'initial', COLOURS.start),
      state('analysis', t('Analisi della domanda', 'Analysis of the request'), 'normal', COLOURS.work, {
        deadline: { workingDays: 5 },
      }),
      state('light-take-in-charge', t('Presa in carico leggera', 'Light take-in-charge'), 'normal', COLOURS.active, {
        deadline: { workingDays: 20 },
      }),
      state(
        'referral',
        t('Invio al servizio sociale professionale', 'Referral to the professional social service'),
        'final',
        COLOURS.done
      ),
      state('closed', t('Chiuso', 'Closed'), 'final', COLOURS.stopped),
    ],
    transitions: [
      {
        key: 'analyse',
        from: 'access',
        to: 'analysis',
        label: t('Analizza la domanda', 'Analyse the request'),
        roles: ['operator', 'provider'],
      },
      {
        key: 'take-in-charge',
        from: 'analysis',
        to: 'light-take-in-charge',
        label: t('Presa in carico leggera', 'Light take-in-charge'),
        roles: ['operator'],
        actions: [
          { type: 'task', title: t('Fissare 3-4 colloqui', 'Schedule 3-4 interviews'), user: 'actor', dueInWorkingDays: 10 },
        ],
      },
      {
        key: 'refer',
        from: 'light-take-in-charge',
        to: 'referral',
        label: t('Invia al servizio sociale professionale', 'Refer to the professional social service'),
        roles: ['operator'],
        actions: [
          commentRequired,
          {
            type: 'notify',
            role: 'udp',
            message: t(
              'Nuovo invio dal segretariato (osservatorio del bisogno)',
              'New referral from the front desk (observatory of needs)'
            ),
          },
        ],
      },
      {
        key: 'close',
        from: ['access', 'analysis', 'light-take-in-charge'],
        to: 'closed',
        label: t('Chiudi (informazione data)', 'Close (information given)'),
        roles: ['operator', 'provider', 'udp'],
        actions: [commentRequired],
      },
    ],
  },
};
