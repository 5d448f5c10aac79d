import { COLOURS, state, t, type SeedWorkflow } from './types';

/**
 * Minutes of a governance table: draft → in review → approved → published, no way back (the same life cycle
 * and action keys as the governance engine's minutes-states.ts). It applies to the minutes of the governance
 * engine (`plugin::governance.minutes`, not there yet): defined now, without instances.
 */
export const minutes: SeedWorkflow = {
  key: 'minutes',
  name: t('Verbale di tavolo', 'Table minutes'),
  description: t(
    "Il verbale di un incontro: bozza dell'Ufficio di Piano, revisione dei componenti del tavolo, approvazione, pubblicazione.",
    "The minutes of a meeting: the Ufficio di Piano's draft, review by the table's members, approval, publication."
  ),
  contentType: 'plugin::governance.minutes',
  definition: {
    start: { roles: ['udp'], actions: [{ type: 'assign', user: 'actor' }] },
    states: [
      state('draft', t('Bozza', 'Draft'), 'initial', COLOURS.start),
      state('in-review', t('In revisione', 'In review'), 'normal', COLOURS.work, { deadline: { workingDays: 10 } }),
      state('approved', t('Approvato', 'Approved'), 'normal', COLOURS.active),
      state('published', t('Pubblicato', 'Published'), 'final', COLOURS.done),
    ],
    transitions: [
      {
        key: 'open-review',
        from: 'draft',
        to: 'in-review',
        label: t('Apri la revisione', 'Open the review'),
        roles: ['udp'],
        actions: [
          {
            type: 'notify',
            role: 'table-member',
            message: t('Un verbale attende la vostra revisione', 'Minutes await your review'),
          },
        ],
      },
      {
        key: 'approve',
        from: 'in-review',
        to: 'approved',
        label: t("Registra l'approvazione", 'Record the approval'),
        roles: ['udp'],
      },
      { key: 'publish', from: 'approved', to: 'published', label: t('Pubblica', 'Publish'), roles: ['udp'] },
    ],
  },
};
