import { atLeastOneContact, birthDateInThePast, contactFields, endAfterStart, personFields } from './common-fields';
import { includes, is, option, t, v, type SeedForm } from './types';

/**
 * Scheda di accesso del segretariato sociale: who comes, what they ask, the area of need (which feeds
 * the observatory of needs) and the outcome – information, light take-in-charge (3-4 interviews) or
 * referral (invio) to the professional social service or another service.
 */
export const segretariatoIntake: SeedForm = {
  key: 'segretariato-intake',
  title: t('Scheda di accesso – Segretariato sociale', 'Intake record – Social front desk'),
  description: t(
    "Compilata dall'operatore dello sportello a ogni primo accesso: raccoglie la domanda del cittadino, l'area di bisogno e l'esito (informazione, presa in carico leggera, invio). I dati alimentano l'osservatorio del bisogno.",
    'Filled by the front-desk worker at every first visit: records the request, the area of need and the outcome (information, light take-in-charge, referral). The data feed the observatory of needs.'
  ),
  areaCode: 'azioni-trasversali',
  serviceCodes: ['segretariato-sociale'],
  roles: ['operator', 'provider', 'udp'],
  definition: {
    sections: [
      {
        key: 'access',
        title: t('Accesso', 'Visit'),
        fields: [
          { type: 'date', key: 'accessDate', label: t('Data del colloquio', 'Date of the interview'), required: true },
          {
            type: 'reference',
            key: 'municipality',
            target: 'municipality',
            label: t('Comune dello sportello', 'Comune of the front desk'),
            required: true,
          },
          {
            type: 'singleChoice',
            key: 'accessChannel',
            label: t('Modalità di accesso', 'How the person came'),
            required: true,
            default: 'spontaneo',
            options: [
              option('spontaneo', 'Accesso spontaneo allo sportello', 'Walked in'),
              option('telefonico', 'Contatto telefonico', 'By phone'),
              option('inviato-da-servizio', 'Inviato da un altro servizio', 'Sent by another service'),
              option('segnalazione-terzi', 'Segnalazione di familiari o conoscenti', 'Reported by relatives or acquaintances'),
            ],
          },
          {
            type: 'text',
            key: 'sendingService',
            label: t('Servizio che ha inviato la persona', 'Service that sent the person'),
            required: true,
            visibleWhen: is('accessChannel', 'inviato-da-servizio'),
          },
        ],
      },
      {
        key: 'person',
        title: t('Persona interessata', 'Person concerned'),
        fields: [
          ...personFields({ fiscalCodeRequired: false, birthDateRequired: false }),
          {
            type: 'singleChoice',
            key: 'citizenship',
            label: t('Cittadinanza', 'Citizenship'),
            options: [
              option('italiana', 'Italiana', 'Italian'),
              option('ue', 'Altro paese UE', 'Other EU country'),
              option('extra-ue', 'Paese extra UE', 'Non-EU country'),
            ],
          },
          {
            type: 'singleChoice',
            key: 'residencePermit',
            label: t('Permesso di soggiorno', 'Residence permit'),
            visibleWhen: is('citizenship', 'extra-ue'),
            options: [
              option('valido', 'Valido', 'Valid'),
              option('in-rinnovo', 'Scaduto, in rinnovo', 'Expired, being renewed'),
              option('assente', 'Assente', 'None'),
            ],
          },
          { type: 'reference', key: 'residence', target: 'municipality', label: t('Comune di residenza', 'Comune of residence') },
          ...contactFields,
        ],
      },
      {
        key: 'request',
        title: t('Domanda e bisogno', 'Request and need'),
        fields: [
          {
            type: 'multipleChoice',
            key: 'needAreas',
            label: t('Aree di bisogno', 'Areas of need'),
            help: t(
              "Tutte quelle emerse nel colloquio: alimentano l'osservatorio del bisogno.",
              'All that came up in the interview: they feed the observatory of needs.'
            ),
            required: true,
            minSelected: 1,
            options: [
              option('casa', 'Casa e abitare', 'Housing'),
              option('lavoro', 'Lavoro', 'Work'),
              option('reddito', 'Reddito e difficoltà economiche', 'Income and economic hardship'),
              option('famiglia-minori', 'Famiglia e minori', 'Family and children'),
              option('disabilita', 'Disabilità', 'Disability'),
              option('non-autosufficienza', 'Anziani e non autosufficienza', 'Older people and non-self-sufficiency'),
              option('salute', 'Salute e bisogni socio-sanitari', 'Health and social-health needs'),
              option('immigrazione', 'Immigrazione e documenti', 'Immigration and papers'),
              option('violenza', 'Violenza domestica', 'Domestic violence'),
              option('altro', 'Altro', 'Other'),
            ],
          },
          {
            type: 'text',
            key: 'otherNeed',
            personal: true,
            label: t('Altro bisogno (specificare)', 'Other need (specify)'),
            required: true,
            visibleWhen: includes('needAreas', 'altro'),
          },
          {
            type: 'longText',
            key: 'requestText',
            personal: true,
            label: t('Domanda espressa dalla persona', "The person's request, in their words"),
            required: true,
            maxLength: 4000,
          },
          {
            type: 'singleChoice',
            key: 'urgency',
            label: t('Urgenza', 'Urgency'),
            default: 'ordinaria',
            options: [option('ordinaria', 'Ordinaria', 'Ordinary'), option('urgente', 'Urgente', 'Urgent')],
          },
        ],
      },
      {
        key: 'outcome',
        title: t('Esito', 'Outcome'),
        fields: [
          {
            type: 'singleChoice',
            key: 'outcome',
            label: t('Esito del colloquio', 'Outcome of the interview'),
            required: true,
            options: [
              option('informazione', 'Informazione e orientamento', 'Information and guidance'),
              option(
                'presa-in-carico-leggera',
                'Presa in carico leggera (3-4 colloqui)',
                'Light take-in-charge (3-4 interviews)'
              ),
              option('invio', 'Invio ad altro servizio', 'Referral to another service'),
            ],
          },
          {
            type: 'longText',
            key: 'informationGiven',
            personal: true,
            label: t('Informazioni fornite', 'Information given'),
            visibleWhen: is('outcome', 'informazione'),
            maxLength: 2000,
          },
          {
            type: 'integer',
            key: 'plannedInterviews',
            label: t('Colloqui previsti', 'Planned interviews'),
            visibleWhen: is('outcome', 'presa-in-carico-leggera'),
            required: true,
            default: 3,
            min: 1,
            max: 4,
          },
          {
            type: 'date',
            key: 'followUpDate',
            label: t('Data del prossimo colloquio', 'Date of the next interview'),
            visibleWhen: is('outcome', 'presa-in-carico-leggera'),
          },
          {
            type: 'singleChoice',
            key: 'referralTarget',
            label: t('Invio a', 'Referred to'),
            required: true,
            visibleWhen: is('outcome', 'invio'),
            options: [
              option(
                'servizio-sociale-professionale',
                'Servizio sociale professionale del Comune',
                "The comune's professional social service"
              ),
              option(
                'servizio-minori-famiglia',
                'Servizio integrato minori e famiglia',
                'Integrated service for minors and families'
              ),
              option('sail', 'SAIL – accompagnamento al lavoro', 'SAIL – work inclusion'),
              option('housing', 'Rete housing distrettuale', 'District housing network'),
              option('antiviolenza', 'Rete antiviolenza VIOLA', 'VIOLA anti-violence network'),
              option(
                'servizi-specialistici',
                'Servizi specialistici (CPS, SerD, NOA, consultorio)',
                'Specialist services (CPS, SerD, NOA, family clinic)'
              ),
              option('altro-servizio', 'Altro servizio', 'Another service'),
            ],
          },
          {
            type: 'reference',
            key: 'referralService',
            target: 'service',
            label: t('Servizio del catalogo', 'Service of the catalogue'),
            visibleWhen: is('outcome', 'invio'),
          },
          {
            type: 'longText',
            key: 'referralReason',
            personal: true,
            label: t('Motivo dell’invio', 'Reason for the referral'),
            required: true,
            visibleWhen: is('outcome', 'invio'),
            maxLength: 2000,
          },
          {
            type: 'boolean',
            key: 'privacyNoticeGiven',
            label: t('Informativa privacy consegnata', 'Privacy notice given'),
            required: true,
          },
        ],
      },
    ],
    rules: [
      atLeastOneContact,
      birthDateInThePast,
      endAfterStart(
        'followUpAfterAccess',
        'accessDate',
        'followUpDate',
        t('il prossimo colloquio deve essere successivo a quello di oggi', 'the next interview must come after this one')
      ),
      {
        key: 'privacyNotice',
        assert: { '==': [v('privacyNoticeGiven'), true] },
        message: t(
          "l'informativa privacy va consegnata prima di registrare la scheda",
          'the privacy notice must be given before recording the intake'
        ),
        paths: ['privacyNoticeGiven'],
      },
    ],
  },
};
