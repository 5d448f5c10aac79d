import type { JsonLogicExpression } from '../../plugins/forms/shared';
import { atLeastOneContact, birthDateInThePast, contactFields, endAfterStart, personFields } from './common-fields';
import { includes, is, option, t, v, type SeedForm } from './types';

const receivesIncomeSupport: JsonLogicExpression = { in: [v('incomeSupport'), ['rei', 'reddito-cittadinanza']] };
const withoutWork: JsonLogicExpression = { in: [v('employmentStatus'), ['disoccupato', 'inoccupato']] };

/**
 * The path type the programming document's conditions point to (section 3.2):
 * C – beneficiaries of REI / Reddito di cittadinanza, for whom a project is due in return for the benefit;
 * B – high fragility needing preparatory paths with strong educational support;
 * A – unemployed people in the care of the social or specialist services, or homeless, able to follow an
 *     orientation and job-placement path.
 */
const suggestedPath: JsonLogicExpression = {
  if: [
    receivesIncomeSupport,
    'C',
    v('highFragility'),
    'B',
    { and: [withoutWork, { or: [v('followedByServices'), v('homeless')] }] },
    'A',
    null,
  ],
};

/** Scheda di invio al SAIL (Servizio Accompagnamento e Inserimento Lavorativo), paths of type A, B or C. */
export const sailEnrolment: SeedForm = {
  key: 'sail-enrolment',
  title: t('Invio al SAIL – Accompagnamento e inserimento lavorativo', 'Referral to SAIL – Work inclusion service'),
  description: t(
    "Il servizio sociale segnala la persona al SAIL distrettuale e indica il percorso (tipo A, B o C). Il sistema suggerisce il tipo di percorso dalle condizioni indicate nel documento di programmazione; l'assistente sociale conferma o motiva una scelta diversa.",
    'The social service refers the person to the district SAIL and chooses the path (type A, B or C). The system suggests the path type from the conditions set by the programming document; the social worker confirms it or explains a different choice.'
  ),
  areaCode: 'contrasto-poverta',
  serviceCodes: ['sail'],
  roles: ['operator', 'udp'],
  definition: {
    sections: [
      {
        key: 'referral',
        title: t('Invio', 'Referral'),
        fields: [
          { type: 'date', key: 'referralDate', label: t("Data dell'invio", 'Date of the referral'), required: true },
          {
            type: 'reference',
            key: 'municipality',
            target: 'municipality',
            label: t('Comune inviante', 'Referring comune'),
            required: true,
          },
          {
            type: 'text',
            key: 'referringWorker',
            label: t('Assistente sociale inviante', 'Referring social worker'),
            required: true,
            maxLength: 120,
          },
          {
            type: 'singleChoice',
            key: 'referringService',
            label: t('Servizio inviante', 'Referring service'),
            required: true,
            default: 'servizio-sociale',
            options: [
              option('servizio-sociale', 'Servizio sociale comunale', "Comune's social service"),
              option('cps', 'Centro psico-sociale (CPS)', 'Community mental health centre (CPS)'),
              option('serd', 'Servizio dipendenze (SerD/NOA)', 'Addiction services (SerD/NOA)'),
              option('segretariato', 'Segretariato sociale', 'Social front desk'),
              option('altro', 'Altro', 'Other'),
            ],
          },
        ],
      },
      {
        key: 'person',
        title: t('Persona', 'Person'),
        fields: [...personFields({ fiscalCodeRequired: true, birthDateRequired: true }), ...contactFields],
      },
      {
        key: 'situation',
        title: t('Condizione', 'Situation'),
        fields: [
          {
            type: 'singleChoice',
            key: 'employmentStatus',
            label: t('Condizione occupazionale', 'Employment status'),
            required: true,
            options: [
              option('disoccupato', 'Disoccupato/a', 'Unemployed'),
              option('inoccupato', 'In cerca di prima occupazione', 'Looking for a first job'),
              option('occupato-precario', 'Occupato/a con contratto precario', 'In precarious work'),
              option('studente', 'Studente', 'Student'),
            ],
          },
          {
            type: 'integer',
            key: 'monthsWithoutWork',
            label: t('Mesi senza lavoro', 'Months without work'),
            visibleWhen: is('employmentStatus', 'disoccupato'),
            min: 0,
            max: 600,
          },
          {
            type: 'singleChoice',
            key: 'education',
            label: t('Titolo di studio', 'Education'),
            options: [
              option('nessuno', 'Nessun titolo', 'None'),
              option('licenza-media', 'Licenza media', 'Lower secondary'),
              option('qualifica', 'Qualifica professionale', 'Vocational qualification'),
              option('diploma', 'Diploma', 'Upper secondary diploma'),
              option('laurea', 'Laurea', 'Degree'),
            ],
          },
          {
            type: 'boolean',
            key: 'followedByServices',
            label: t('In carico al servizio sociale e/o specialistico', 'Followed by the social and/or specialist services'),
            required: true,
          },
          {
            type: 'multipleChoice',
            key: 'specialistServices',
            label: t('Servizi specialistici coinvolti', 'Specialist services involved'),
            visibleWhen: v('followedByServices'),
            options: [
              option('cps', 'CPS', 'CPS'),
              option('serd', 'SerD', 'SerD'),
              option('noa', 'NOA', 'NOA'),
              option('consultorio', 'Consultorio', 'Family clinic'),
            ],
          },
          {
            type: 'boolean',
            key: 'therapeuticCompensation',
            label: t('In compenso terapeutico', 'Clinically stable (therapeutic compensation)'),
            visibleWhen: {
              or: [
                includes('specialistServices', 'cps'),
                includes('specialistServices', 'serd'),
                includes('specialistServices', 'noa'),
              ],
            },
          },
          { type: 'boolean', key: 'homeless', label: t('Senza fissa dimora', 'Homeless'), default: false },
          {
            type: 'boolean',
            key: 'highFragility',
            label: t('Fragilità elevata', 'High fragility'),
            help: t(
              'Necessita di un percorso propedeutico con forte accompagnamento educativo, di socializzazione o ergoterapia.',
              'Needs a preparatory path with strong educational support, socialisation or occupational therapy.'
            ),
            default: false,
          },
          {
            type: 'singleChoice',
            key: 'incomeSupport',
            label: t('Misure di sostegno al reddito', 'Income support'),
            required: true,
            options: [
              option('nessuna', 'Nessuna', 'None'),
              option('rei', 'Reddito di inclusione (REI)', 'Inclusion income (REI)'),
              option('reddito-cittadinanza', 'Reddito di cittadinanza', 'Citizenship income'),
            ],
          },
          {
            type: 'boolean',
            key: 'inclusionPact',
            label: t("Patto per l'inclusione sottoscritto", 'Social inclusion pact signed'),
            visibleWhen: receivesIncomeSupport,
          },
          {
            type: 'boolean',
            key: 'protectedCategory',
            label: t('Iscritto al collocamento mirato (L. 68/1999)', 'Registered for targeted placement (Law 68/1999)'),
            default: false,
          },
          {
            type: 'integer',
            key: 'disabilityPercent',
            label: t('Percentuale di invalidità', 'Disability percentage'),
            visibleWhen: v('protectedCategory'),
            required: true,
            min: 46,
            max: 100,
          },
        ],
      },
      {
        key: 'path',
        title: t('Percorso', 'Path'),
        fields: [
          {
            type: 'calculated',
            key: 'suggestedPath',
            label: t('Percorso suggerito', 'Suggested path'),
            expression: suggestedPath,
            resultType: 'text',
          },
          {
            type: 'singleChoice',
            key: 'pathType',
            label: t('Tipo di percorso', 'Path type'),
            required: true,
            options: [
              option('A', 'Tipo A – orientamento e inserimento lavorativo', 'Type A – orientation and job placement'),
              option(
                'B',
                'Tipo B – percorso propedeutico con accompagnamento educativo',
                'Type B – preparatory path with educational support'
              ),
              option(
                'C',
                'Tipo C – progetto per beneficiari REI / Reddito di cittadinanza',
                'Type C – project for REI / citizenship income beneficiaries'
              ),
            ],
          },
          {
            type: 'longText',
            key: 'pathChoiceReason',
            personal: true,
            label: t('Perché un percorso diverso da quello suggerito', 'Why a path other than the one suggested'),
            required: true,
            visibleWhen: {
              and: [{ '!!': v('suggestedPath') }, { '!!': v('pathType') }, { '!=': [v('pathType'), v('suggestedPath')] }],
            },
            maxLength: 2000,
          },
          {
            type: 'multipleChoice',
            key: 'activities',
            label: t('Azioni previste', 'Planned actions'),
            required: true,
            options: [
              option('orientamento', 'Orientamento e bilancio di competenze', 'Guidance and skills assessment'),
              option('ricerca-attiva', 'Accompagnamento alla ricerca attiva', 'Support in active job search'),
              option('formazione', 'Formazione', 'Training'),
              option('tirocinio', 'Tirocinio in azienda', 'Company internship'),
              option(
                'socializzazione',
                'Inserimento con fini di socializzazione / ergoterapia',
                'Placement for socialisation / occupational therapy'
              ),
            ],
          },
          {
            type: 'date',
            key: 'internshipStart',
            label: t('Inizio del tirocinio', 'Internship start'),
            visibleWhen: includes('activities', 'tirocinio'),
          },
          {
            type: 'date',
            key: 'internshipEnd',
            label: t('Fine del tirocinio', 'Internship end'),
            visibleWhen: includes('activities', 'tirocinio'),
          },
          {
            type: 'integer',
            key: 'weeklyHours',
            label: t('Ore settimanali', 'Hours per week'),
            visibleWhen: includes('activities', 'tirocinio'),
            min: 4,
            max: 40,
          },
          {
            type: 'currency',
            key: 'monthlyAllowance',
            label: t('Indennità mensile di tirocinio (€)', 'Monthly internship allowance (€)'),
            visibleWhen: includes('activities', 'tirocinio'),
            min: 0,
            max: 1500,
          },
          {
            type: 'longText',
            key: 'goals',
            personal: true,
            label: t('Obiettivi del percorso', 'Goals of the path'),
            required: true,
            maxLength: 4000,
          },
          {
            type: 'boolean',
            key: 'consent',
            label: t('La persona ha sottoscritto il consenso al percorso', 'The person signed their consent to the path'),
            required: true,
          },
        ],
      },
    ],
    rules: [
      atLeastOneContact,
      birthDateInThePast,
      endAfterStart('internshipDates', 'internshipStart', 'internshipEnd'),
      {
        key: 'workingAge',
        when: { '!!': v('age') },
        assert: { '>=': [v('age'), 16] },
        message: t('il SAIL accoglie persone dai 16 anni', 'SAIL takes people aged 16 or more'),
        paths: ['birthDate'],
      },
      {
        key: 'pathCRequiresIncomeSupport',
        when: is('pathType', 'C'),
        assert: receivesIncomeSupport,
        message: t(
          'il percorso C è per i beneficiari di REI / Reddito di cittadinanza',
          'path C is for REI / citizenship income beneficiaries'
        ),
        paths: ['pathType'],
      },
      {
        key: 'consentGiven',
        assert: { '==': [v('consent'), true] },
        message: t('serve il consenso della persona', "the person's consent is needed"),
        paths: ['consent'],
      },
    ],
  },
};
