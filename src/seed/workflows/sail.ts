import { COLOURS, CASE_TYPE, commentRequired, state, t, type SeedWorkflow } from './types';

/** SAIL: referral by the social service → orientation → internship → hired | closed. */
export const sail: SeedWorkflow = {
  key: 'sail',
  name: t('Percorso SAIL', 'SAIL path'),
  description: t(
    'Accompagnamento e inserimento lavorativo: invio dal servizio sociale, orientamento e patto (percorso A, B o C), tirocinio, assunzione o chiusura.',
    'Work inclusion: referral by the social service, orientation and agreement (path A, B or C), internship, hiring or closure.'
  ),
  contentType: CASE_TYPE,
  definition: {
    start: {
      roles: ['operator', 'udp'],
      actions: [
        { type: 'assign', role: 'provider' },
        { type: 'notify', role: 'provider', message: t('Nuovo invio al SAIL', 'New referral to SAIL') },
      ],
    },
    states: [
      state('referral', t('Invio', 'Referral'), 'initial', COLOURS.start),
      state('orientation', t('Orientamento', 'Orientation'), 'normal', COLOURS.work, { deadline: { workingDays: 20 } }),
      state('internship', t('Tirocinio', 'Internship'), 'normal', COLOURS.active),
      state('hired', t('Assunto', 'Hired'), 'final', COLOURS.done),
      state('closed', t('Chiuso', 'Closed'), 'final', COLOURS.stopped),
    ],
    transitions: [
      {
        key: 'orient',
        from: 'referral',
        to: 'orientation',
        label: t('Avvia orientamento', 'Start orientation'),
        roles: ['provider', 'udp'],
        actions: [
          {
            type: 'task',
            title: t('Colloquio di orientamento e patto di servizio', 'Orientation interview and service agreement'),
            role: 'provider',
          },
        ],
      },
      {
        key: 'start-internship',
        from: 'orientation',
        to: 'internship',
        label: t('Avvia tirocinio', 'Start internship'),
        roles: ['provider'],
      },
      {
        key: 'hire',
        from: 'internship',
        to: 'hired',
        label: t('Assunzione', 'Hiring'),
        roles: ['provider'],
        actions: [
          commentRequired,
          {
            type: 'notify',
            user: 'starter',
            message: t('Percorso SAIL concluso con assunzione', 'SAIL path ended with a hiring'),
          },
        ],
      },
      {
        key: 'close',
        from: ['referral', 'orientation', 'internship'],
        to: 'closed',
        label: t('Chiudi il percorso', 'Close the path'),
        roles: ['provider', 'operator', 'udp'],
        actions: [commentRequired],
      },
    ],
  },
};
