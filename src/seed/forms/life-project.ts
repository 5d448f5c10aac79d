import type { ChoiceOption, JsonLogicExpression } from '../../plugins/forms/shared';
import { birthDateInThePast, endAfterStart, personFields } from './common-fields';
import { includes, is, option, t, v, type SeedForm } from './types';

/** The life domains of the progetto di vita (strategic objective 3, 2020). */
const DOMAINS: ChoiceOption[] = [
  option('scuola', 'Scuola', 'School'),
  option('tempo-libero', 'Tempo libero', 'Leisure'),
  option('socializzazione', 'Socializzazione', 'Socialisation'),
  option('sollievo', 'Sollievo', 'Respite'),
  option('lavoro', 'Inserimento lavorativo', 'Work inclusion'),
  option('servizi-diurni', 'Servizi diurni', 'Day services'),
  option('dopo-di-noi', 'Dopo di noi', 'After parents ("Dopo di noi")'),
];

const domainActive = (code: string) => includes('activeDomains', code);

/**
 * Progetto di vita of a person with a disability, built by the multi-professional équipe (social worker,
 * psychologist, educator) across the life domains; a section per domain appears when the domain is chosen.
 */
export const lifeProject: SeedForm = {
  key: 'life-project',
  title: t('Progetto di vita', 'Life project'),
  description: t(
    "Progetto di vita della persona con disabilità, costruito dall'équipe multiprofessionale con la persona e la famiglia, su tutti gli ambiti di vita: scuola, tempo libero, socializzazione, sollievo, lavoro, servizi diurni, dopo di noi.",
    'Life project of a person with a disability, built by the multi-professional team with the person and the family, across every domain of life: school, leisure, socialisation, respite, work, day services, after parents.'
  ),
  areaCode: 'promozione-autonomie',
  serviceCodes: [],
  roles: ['operator', 'provider', 'udp'],
  definition: {
    sections: [
      {
        key: 'person',
        title: t('Persona', 'Person'),
        fields: [
          ...personFields({ fiscalCodeRequired: true, birthDateRequired: true }),
          {
            type: 'calculated',
            key: 'isMinor',
            label: t('Minorenne', 'Minor'),
            expression: { if: [{ '==': [v('age'), null] }, null, { '<': [v('age'), 18] }] },
            resultType: 'boolean',
          },
          {
            type: 'reference',
            key: 'municipality',
            target: 'municipality',
            label: t('Comune di residenza', 'Comune of residence'),
            required: true,
          },
          {
            type: 'multipleChoice',
            key: 'disabilityType',
            label: t('Tipo di disabilità', 'Kind of disability'),
            required: true,
            options: [
              option('fisica', 'Motoria', 'Physical'),
              option('intellettiva', 'Intellettiva', 'Intellectual'),
              option('sensoriale', 'Sensoriale', 'Sensory'),
              option('psichica', 'Psichica', 'Psychosocial'),
              option('autismo', 'Disturbo dello spettro autistico', 'Autism spectrum disorder'),
            ],
          },
          {
            type: 'singleChoice',
            key: 'recognition',
            label: t('Riconoscimento', 'Recognition'),
            required: true,
            options: [
              option('l104-grave', 'L. 104/1992 art. 3 c. 3 (grave)', 'Law 104/1992 art. 3(3) (severe)'),
              option('l104', 'L. 104/1992 art. 3 c. 1', 'Law 104/1992 art. 3(1)'),
              option('invalidita-civile', 'Invalidità civile', 'Civil invalidity'),
              option('in-attesa', 'In attesa di accertamento', 'Assessment pending'),
            ],
          },
          {
            type: 'singleChoice',
            key: 'legalProtection',
            label: t('Misura di protezione giuridica', 'Legal protection measure'),
            default: 'nessuna',
            options: [
              option('nessuna', 'Nessuna', 'None'),
              option('amministrazione-sostegno', 'Amministrazione di sostegno', 'Support administration'),
              option('tutela', 'Tutela', 'Guardianship'),
            ],
          },
          {
            type: 'text',
            key: 'legalProtector',
            personal: true,
            label: t('Amministratore di sostegno o tutore', 'Support administrator or guardian'),
            required: true,
            visibleWhen: { '!=': [v('legalProtection'), 'nessuna'] },
            maxLength: 120,
          },
        ],
      },
      {
        key: 'team',
        title: t('Équipe e tempi', 'Team and timing'),
        fields: [
          {
            type: 'text',
            key: 'caseManager',
            label: t('Referente del progetto (case manager)', 'Case manager'),
            required: true,
            maxLength: 120,
          },
          {
            type: 'multipleChoice',
            key: 'teamMembers',
            label: t("Professionisti dell'équipe", 'Professionals in the team'),
            minSelected: 2,
            options: [
              option('assistente-sociale', 'Assistente sociale', 'Social worker'),
              option('psicologo', 'Psicologo', 'Psychologist'),
              option('educatore', 'Educatore / pedagogista', 'Educator'),
              option('neuropsichiatra', 'Neuropsichiatra infantile (UONPIA)', 'Child neuropsychiatrist (UONPIA)'),
              option('medico', 'Medico di medicina generale', 'General practitioner'),
            ],
          },
          { type: 'date', key: 'projectStart', label: t('Avvio del progetto', 'Start of the project'), required: true },
          { type: 'date', key: 'nextReview', label: t('Prossima verifica', 'Next review'), required: true },
          {
            type: 'multipleChoice',
            key: 'activeDomains',
            label: t('Ambiti di vita su cui lavora il progetto', 'Life domains the project works on'),
            required: true,
            minSelected: 1,
            options: DOMAINS,
          },
        ],
      },
      {
        key: 'school',
        title: t('Scuola', 'School'),
        visibleWhen: domainActive('scuola'),
        fields: [
          {
            type: 'singleChoice',
            key: 'schoolLevel',
            label: t('Grado scolastico', 'School level'),
            required: true,
            options: [
              option('infanzia', 'Scuola dell’infanzia', 'Pre-school'),
              option('primaria', 'Primaria', 'Primary'),
              option('secondaria-1', 'Secondaria di primo grado', 'Lower secondary'),
              option('secondaria-2', 'Secondaria di secondo grado', 'Upper secondary'),
              option('formazione-professionale', 'Formazione professionale', 'Vocational training'),
            ],
          },
          {
            type: 'boolean',
            key: 'individualPlan',
            label: t('PEI redatto', 'Individual education plan (PEI) drawn up'),
            default: false,
          },
          {
            type: 'decimal',
            key: 'educationalAssistanceHours',
            label: t('Ore settimanali di assistenza educativa', 'Weekly hours of educational assistance'),
            min: 0,
            max: 40,
            step: 0.5,
          },
        ],
      },
      {
        key: 'leisure',
        title: t('Tempo libero e socializzazione', 'Leisure and socialisation'),
        visibleWhen: { or: [domainActive('tempo-libero'), domainActive('socializzazione')] },
        fields: [
          {
            type: 'longText',
            key: 'leisureActivities',
            personal: true,
            label: t('Attività e luoghi', 'Activities and places'),
            required: true,
            maxLength: 2000,
          },
          { type: 'integer', key: 'leisureHoursPerWeek', label: t('Ore alla settimana', 'Hours per week'), min: 0, max: 40 },
        ],
      },
      {
        key: 'respite',
        title: t('Sollievo', 'Respite'),
        visibleWhen: domainActive('sollievo'),
        fields: [
          {
            type: 'singleChoice',
            key: 'respiteKind',
            label: t('Tipo di sollievo', 'Kind of respite'),
            required: true,
            options: [
              option('diurno', 'Diurno', 'Daytime'),
              option('weekend', 'Fine settimana', 'Weekends'),
              option('residenziale-breve', 'Residenziale breve', 'Short residential stay'),
            ],
          },
          { type: 'integer', key: 'respiteDaysPerYear', label: t("Giorni all'anno", 'Days per year'), min: 1, max: 90 },
        ],
      },
      {
        key: 'work',
        title: t('Lavoro', 'Work'),
        visibleWhen: domainActive('lavoro'),
        fields: [
          {
            type: 'singleChoice',
            key: 'workPath',
            label: t('Percorso', 'Path'),
            required: true,
            options: [
              option('tirocinio', 'Tirocinio', 'Internship'),
              option('collocamento-mirato', 'Collocamento mirato (L. 68/1999)', 'Targeted placement (Law 68/1999)'),
              option('laboratorio', 'Laboratorio ergoterapico', 'Occupational therapy workshop'),
            ],
          },
          { type: 'boolean', key: 'referredToSail', label: t('Inviato al SAIL', 'Referred to SAIL'), default: false },
        ],
      },
      {
        key: 'dayServices',
        title: t('Servizi diurni', 'Day services'),
        visibleWhen: domainActive('servizi-diurni'),
        fields: [
          {
            type: 'singleChoice',
            key: 'dayService',
            label: t('Servizio', 'Service'),
            required: true,
            options: [
              option('cdd', 'Centro diurno disabili (CDD)', 'Day centre for people with disabilities (CDD)'),
              option('cse', 'Centro socio educativo (CSE)', 'Social-educational centre (CSE)'),
              option('sfa', 'Servizio formazione all’autonomia (SFA)', 'Training for autonomy service (SFA)'),
            ],
          },
          {
            type: 'reference',
            key: 'dayServiceProvider',
            target: 'provider',
            label: t("Ente gestore (dall'albo fornitori)", 'Provider (from the register)'),
            required: true,
          },
          {
            type: 'integer',
            key: 'daysPerWeek',
            label: t('Giorni alla settimana', 'Days per week'),
            required: true,
            min: 1,
            max: 5,
          },
        ],
      },
      {
        key: 'afterParents',
        title: t('Dopo di noi', 'After parents'),
        visibleWhen: domainActive('dopo-di-noi'),
        fields: [
          {
            type: 'singleChoice',
            key: 'afterParentsMeasure',
            label: t('Misura (L. 112/2016, DGR 6674/2017)', 'Measure (Law 112/2016, DGR 6674/2017)'),
            required: true,
            options: [
              option('accompagnamento-autonomia', "Accompagnamento all'autonomia", 'Support towards autonomy'),
              option('residenzialita', 'Residenzialità con ente gestore', 'Residential support with a provider'),
              option('pronto-intervento', 'Pronto intervento / sollievo', 'Emergency / respite'),
              option('strutturale', 'Intervento strutturale', 'Structural intervention'),
            ],
          },
          {
            type: 'boolean',
            key: 'autonomyTraining',
            label: t("Palestra per l'autonomia", 'Autonomy training flat'),
            default: false,
          },
          {
            type: 'integer',
            key: 'mainCaregiverAge',
            label: t('Età del caregiver principale', 'Age of the main caregiver'),
            min: 18,
            max: 110,
          },
          {
            type: 'longText',
            key: 'familyNetwork',
            personal: true,
            label: t('Rete familiare e di sostegno', 'Family and support network'),
            maxLength: 2000,
          },
        ],
      },
      {
        key: 'objectives',
        title: t('Obiettivi e risorse', 'Goals and resources'),
        fields: [
          {
            type: 'group',
            key: 'goals',
            label: t('Obiettivi', 'Goals'),
            minItems: 1,
            maxItems: 10,
            fields: [
              { type: 'singleChoice', key: 'domain', label: t('Ambito', 'Domain'), required: true, options: DOMAINS },
              { type: 'text', key: 'goal', label: t('Obiettivo', 'Goal'), required: true, maxLength: 300 },
              { type: 'text', key: 'indicator', label: t('Indicatore di verifica', 'How it is checked'), maxLength: 300 },
              { type: 'date', key: 'dueBy', label: t('Entro il', 'By') },
            ],
          },
          {
            type: 'calculated',
            key: 'goalCount',
            label: t('Numero di obiettivi', 'Number of goals'),
            expression: { count: [v('goals')] },
            resultType: 'integer',
          },
          {
            type: 'currency',
            key: 'annualBudget',
            label: t('Budget annuo del progetto (€)', 'Yearly budget of the project (€)'),
            min: 0,
            max: 100000,
          },
          {
            type: 'currency',
            key: 'familyContribution',
            label: t('Compartecipazione della famiglia (€)', 'Family contribution (€)'),
            min: 0,
            visibleWhen: { '!!': v('annualBudget') },
          },
          {
            type: 'file',
            key: 'signedProject',
            label: t('Progetto firmato', 'Signed project'),
            accept: ['application/pdf', 'image/*'],
            maxSizeMb: 10,
          },
        ],
      },
    ],
    rules: [
      birthDateInThePast,
      endAfterStart(
        'reviewAfterStart',
        'projectStart',
        'nextReview',
        t('la verifica deve seguire l’avvio del progetto', 'the review must come after the start of the project')
      ),
      {
        key: 'contributionWithinBudget',
        when: bothValues('annualBudget', 'familyContribution'),
        assert: { '<=': [v('familyContribution'), v('annualBudget')] },
        message: t('la compartecipazione non può superare il budget', 'the contribution cannot exceed the budget'),
        paths: ['familyContribution'],
      },
      {
        key: 'schoolForMinors',
        when: { and: [domainActive('scuola'), is('isMinor', false)] },
        assert: { in: [v('schoolLevel'), ['secondaria-2', 'formazione-professionale']] },
        message: t(
          'per un adulto, solo secondaria di secondo grado o formazione professionale',
          'for an adult, only upper secondary or vocational training'
        ),
        paths: ['schoolLevel'],
      },
    ],
  },
};

/** Both numbers are given (0 counts). */
function bothValues(a: string, b: string): JsonLogicExpression {
  return { and: [{ '!=': [v(a), null] }, { '!=': [v(b), null] }] };
}
