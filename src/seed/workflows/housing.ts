import { COLOURS, CASE_TYPE, commentRequired, state, t, type SeedWorkflow } from './types';

/** Rete housing: report → assessment (10 working days) → waitlist → placed → discharged | not admitted. */
export const housing: SeedWorkflow = {
  key: 'housing',
  name: t('Housing distrettuale', 'District housing'),
  description: t(
    'Segnalazione, valutazione uniforme del bisogno e della priorità (entro 10 giorni lavorativi), lista di attesa, inserimento in un alloggio della rete, dimissione.',
    'Report, uniform assessment of need and priority (within 10 working days), waiting list, placement in a housing of the network, discharge.'
  ),
  contentType: CASE_TYPE,
  definition: {
    start: {
      roles: ['operator', 'udp'],
      actions: [
        { type: 'notify', role: 'udp', message: t('Nuova segnalazione abitativa da valutare', 'New housing report to assess') },
      ],
    },
    states: [
      state('report', t('Segnalazione', 'Report'), 'initial', COLOURS.start),
      state('assessment', t('Valutazione', 'Assessment'), 'normal', COLOURS.work, { deadline: { workingDays: 10 } }),
      state('waitlist', t('In lista di attesa', 'On the waiting list'), 'normal', COLOURS.wait),
      state('placed', t('Inserito', 'Placed'), 'normal', COLOURS.active),
      state('discharged', t('Dimesso', 'Discharged'), 'final', COLOURS.done),
      state('not-admitted', t('Non ammesso', 'Not admitted'), 'final', COLOURS.stopped),
    ],
    transitions: [
      {
        key: 'assess',
        from: 'report',
        to: 'assessment',
        label: t('Avvia la valutazione', 'Start the assessment'),
        roles: ['udp'],
        actions: [
          { type: 'assign', role: 'udp', user: 'actor' },
          {
            type: 'task',
            title: t('Valutare bisogno e priorità con la scheda uniforme', 'Assess need and priority with the uniform grid'),
          },
          { type: 'notify', user: 'starter', message: t('La segnalazione è in valutazione', 'The report is being assessed') },
        ],
      },
      {
        key: 'admit',
        from: 'assessment',
        to: 'waitlist',
        label: t('Ammetti in lista di attesa', 'Admit to the waiting list'),
        roles: ['udp'],
        actions: [{ type: 'deadline', clear: true }],
      },
      {
        key: 'reject',
        from: 'assessment',
        to: 'not-admitted',
        label: t('Non ammettere', 'Do not admit'),
        roles: ['udp'],
        actions: [
          commentRequired,
          { type: 'notify', user: 'starter', message: t('La segnalazione non è stata ammessa', 'The report was not admitted') },
        ],
      },
      {
        key: 'place',
        from: 'waitlist',
        to: 'placed',
        label: t('Inserisci in alloggio', 'Place in a housing'),
        roles: ['udp'],
        guards: [
          {
            type: 'fields',
            fields: ['referrals'],
            message: t(
              "Inviare prima la cartella all'ente gestore dell'alloggio",
              'Refer the case to the housing provider first'
            ),
          },
        ],
        actions: [
          { type: 'assign', role: 'provider' },
          {
            type: 'task',
            title: t("Accogliere il nucleo nell'alloggio", 'Welcome the household in the housing'),
            role: 'provider',
            dueInWorkingDays: 5,
          },
        ],
      },
      {
        key: 'discharge',
        from: 'placed',
        to: 'discharged',
        label: t('Dimetti', 'Discharge'),
        roles: ['provider', 'udp'],
        actions: [commentRequired],
      },
    ],
  },
};
