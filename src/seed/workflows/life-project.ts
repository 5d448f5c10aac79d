import { COLOURS, CASE_TYPE, commentRequired, state, t, type SeedWorkflow } from './types';

/**
 * Disability "progetto di vita": request → multidimensional assessment (UVM) → the project drafted with the
 * person → agreed and signed → in progress, reviewed → closed.
 */
export const lifeProject: SeedWorkflow = {
  key: 'life-project',
  name: t('Progetto di vita (disabilità)', 'Life project (disability)'),
  description: t(
    'Richiesta della persona con disabilità o della famiglia, valutazione multidimensionale, progetto di vita condiviso e firmato, attuazione con verifiche, chiusura.',
    'Request by the person with a disability or the family, multidimensional assessment, a life project agreed and signed, delivery with reviews, closure.'
  ),
  contentType: CASE_TYPE,
  definition: {
    start: { roles: ['operator', 'udp'], actions: [{ type: 'assign', user: 'actor' }] },
    states: [
      state('request', t('Richiesta', 'Request'), 'initial', COLOURS.start),
      state('assessment', t('Valutazione multidimensionale', 'Multidimensional assessment'), 'normal', COLOURS.work, {
        deadline: { workingDays: 30 },
      }),
      state('drafting', t('Stesura del progetto', 'Drafting the project'), 'normal', COLOURS.wait, {
        deadline: { workingDays: 30 },
      }),
      state('in-progress', t('Progetto in corso', 'Project in progress'), 'normal', COLOURS.active),
      state('closed', t('Chiuso', 'Closed'), 'final', COLOURS.done),
    ],
    transitions: [
      {
        key: 'assess',
        from: 'request',
        to: 'assessment',
        label: t("Convoca l'équipe di valutazione", 'Convene the assessment team'),
        roles: ['operator'],
        actions: [
          {
            type: 'task',
            title: t(
              'Valutazione multidimensionale con la persona e la famiglia',
              'Multidimensional assessment with the person and the family'
            ),
            user: 'actor',
            dueInWorkingDays: 20,
          },
        ],
      },
      {
        key: 'draft',
        from: 'assessment',
        to: 'drafting',
        label: t('Avvia la stesura del progetto', 'Start drafting the project'),
        roles: ['operator'],
      },
      {
        key: 'sign',
        from: 'drafting',
        to: 'in-progress',
        label: t('Progetto firmato', 'Project signed'),
        roles: ['operator'],
        guards: [
          {
            type: 'fields',
            fields: ['assignedOperator'],
            message: t("Indicare l'operatore referente (case manager)", 'Name the case manager'),
          },
        ],
        actions: [
          { type: 'deadline', clear: true },
          { type: 'notify', role: 'udp', message: t('Nuovo progetto di vita avviato', 'New life project started') },
        ],
      },
      {
        key: 'close',
        from: ['request', 'assessment', 'drafting', 'in-progress'],
        to: 'closed',
        label: t('Chiudi', 'Close'),
        roles: ['operator', 'udp'],
        actions: [commentRequired],
      },
    ],
  },
};
