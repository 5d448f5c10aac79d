import { COLOURS, CASE_TYPE, commentRequired, state, t, type SeedWorkflow } from './types';

/** Voucher: request → social assessment → provider chosen by the citizen → voucher issued → in delivery → closed. */
export const voucher: SeedWorkflow = {
  key: 'voucher',
  name: t('Voucher sociale', 'Social voucher'),
  description: t(
    "Il comune valuta la richiesta, mostra gli enti accreditati, il cittadino sceglie, il comune emette il voucher nominativo, l'ente eroga la prestazione.",
    'The comune assesses the request and shows the accredited providers, the citizen chooses, the comune issues the nominal voucher, the provider delivers.'
  ),
  contentType: CASE_TYPE,
  definition: {
    start: { roles: ['operator', 'udp'], actions: [{ type: 'assign', user: 'actor' }] },
    states: [
      state('request', t('Richiesta', 'Request'), 'initial', COLOURS.start),
      state('social-assessment', t('Valutazione sociale', 'Social assessment'), 'normal', COLOURS.work, {
        deadline: { workingDays: 15 },
      }),
      state('provider-chosen', t('Ente scelto dal cittadino', 'Provider chosen by the citizen'), 'normal', COLOURS.wait),
      state('voucher-issued', t('Voucher emesso', 'Voucher issued'), 'normal', COLOURS.active),
      state('in-delivery', t('In erogazione', 'In delivery'), 'normal', COLOURS.active),
      state('closed', t('Chiuso', 'Closed'), 'final', COLOURS.done),
    ],
    transitions: [
      {
        key: 'assess',
        from: 'request',
        to: 'social-assessment',
        label: t('Avvia la valutazione sociale', 'Start the social assessment'),
        roles: ['operator'],
        guards: [
          {
            type: 'expression',
            expression: { '==': [{ var: 'record.status' }, 'open'] },
            message: t(
              'La cartella è chiusa: non si possono valutare richieste',
              'The case is closed: requests cannot be assessed'
            ),
          },
        ],
      },
      {
        key: 'choose-provider',
        from: 'social-assessment',
        to: 'provider-chosen',
        label: t("Registra l'ente scelto", 'Record the chosen provider'),
        roles: ['operator'],
        actions: [{ type: 'deadline', clear: true }],
      },
      {
        key: 'issue',
        from: 'provider-chosen',
        to: 'voucher-issued',
        label: t('Emetti il voucher', 'Issue the voucher'),
        roles: ['operator'],
        guards: [
          {
            type: 'fields',
            fields: ['vouchers'],
            message: t(
              "Emettere prima il voucher nella cartella, presso l'ente scelto",
              'Issue the voucher in the case first, with the chosen provider'
            ),
          },
        ],
        actions: [
          { type: 'assign', role: 'provider' },
          {
            type: 'notify',
            role: 'provider',
            message: t('Voucher emesso: avviare la prestazione', 'Voucher issued: start the service'),
          },
        ],
      },
      {
        key: 'start-delivery',
        from: 'voucher-issued',
        to: 'in-delivery',
        label: t('Avvia la prestazione', 'Start delivery'),
        roles: ['provider'],
      },
      {
        key: 'close',
        from: ['request', 'social-assessment', 'provider-chosen', 'voucher-issued', 'in-delivery'],
        to: 'closed',
        label: t('Chiudi', 'Close'),
        roles: ['operator', 'udp'],
        actions: [commentRequired],
      },
    ],
  },
};
