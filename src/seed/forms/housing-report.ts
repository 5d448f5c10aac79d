import type { JsonLogicExpression } from '../../plugins/forms/shared';
import { birthDateInThePast, endAfterStart, personFields } from './common-fields';
import { ageOf, is, option, t, v, type SeedForm } from './types';

/** Members of the household (`members`) younger than 18. */
const minors: JsonLogicExpression = {
  count: [{ filter: [v('members'), { and: [{ '!=': [{ var: 'age' }, null] }, { '<': [{ var: 'age' }, 18] }] }] }],
};

/**
 * Points of the priority score: an example weighting, to be agreed by the district's cabina di regia
 * (strategic objective 2, 2020: uniform assessment of need and priority across the 9 comuni).
 */
const WEIGHTS = t(
  'Sfratto con esecuzione fissata 30, altro sfratto 20; 5 per ogni minore (massimo 20); disabilità nel nucleo 10; violenza domestica 25; ISEE fino a 6.000 € 20, fino a 9.360 € 15, fino a 15.000 € 8; senza dimora 15. Pesi di esempio, da validare in cabina di regia.',
  'Eviction with a set date 30, other eviction 20; 5 per minor (at most 20); disability in the household 10; domestic violence 25; ISEE up to €6,000 20, up to €9,360 15, up to €15,000 8; homeless 15. Example weights, to be agreed by the steering group.'
);

/**
 * Segnalazione alla rete housing distrettuale: the household, minors, disability, eviction, income and
 * ISEE, domestic violence, with a priority score computed the same way in every comune.
 */
export const housingReport: SeedForm = {
  key: 'housing-report',
  title: t('Segnalazione alla rete housing distrettuale', 'Report to the district housing network'),
  description: t(
    "Segnalazione del servizio sociale comunale per un percorso di accoglienza abitativa temporanea (mamma-bambino, uomini soli, fragilità psichiatrica, donne vittime di violenza, persone con disabilità verso l'autonomia). Il punteggio di priorità è calcolato dal sistema con criteri uniformi per i 9 Comuni.",
    "The comune's social service reports a household for a temporary housing path (mother and child, single men, psychiatric fragility, women victims of violence, people with disabilities moving to autonomy). The priority score is computed by the system with the same criteria in all 9 comuni."
  ),
  areaCode: 'contrasto-poverta',
  serviceCodes: ['rete-housing-distrettuale'],
  roles: ['operator', 'udp'],
  definition: {
    sections: [
      {
        key: 'report',
        title: t('Segnalazione', 'Report'),
        fields: [
          { type: 'date', key: 'reportDate', label: t('Data della segnalazione', 'Date of the report'), required: true },
          {
            type: 'reference',
            key: 'municipality',
            target: 'municipality',
            label: t('Comune che segnala', 'Reporting comune'),
            required: true,
          },
          {
            type: 'text',
            key: 'reportingWorker',
            label: t('Assistente sociale referente', 'Social worker in charge'),
            required: true,
            maxLength: 120,
          },
          { type: 'phone', key: 'workerPhone', label: t('Telefono del referente', "Worker's phone") },
          { type: 'email', key: 'workerEmail', label: t('Email del referente', "Worker's email") },
        ],
      },
      {
        key: 'applicant',
        title: t('Richiedente', 'Applicant'),
        fields: [
          ...personFields({ fiscalCodeRequired: true, birthDateRequired: true }),
          {
            type: 'boolean',
            key: 'applicantDisability',
            label: t('Il richiedente ha una disabilità certificata', 'The applicant has a certified disability'),
            default: false,
          },
          {
            type: 'singleChoice',
            key: 'targetGroup',
            label: t('Tipologia di accoglienza', 'Kind of placement'),
            required: true,
            options: [
              option('mamma-bambino', 'Mamma con bambini', 'Mother with children'),
              option('uomo-solo', 'Uomo solo', 'Single man'),
              option('fragilita-psichiatrica', 'Persona con fragilità psichiatrica', 'Person with psychiatric fragility'),
              option('vittima-violenza', 'Donna vittima di violenza domestica', 'Woman victim of domestic violence'),
              option(
                'disabilita-autonomia',
                'Persona con disabilità in percorso di autonomia',
                'Person with a disability moving to autonomy'
              ),
              option('nucleo-familiare', 'Nucleo familiare', 'Family household'),
            ],
          },
        ],
      },
      {
        key: 'household',
        title: t('Nucleo familiare', 'Household'),
        description: t('Le altre persone che vivono con il richiedente.', 'The other people living with the applicant.'),
        fields: [
          {
            type: 'group',
            key: 'members',
            label: t('Componenti del nucleo', 'Household members'),
            maxItems: 12,
            fields: [
              { type: 'text', key: 'firstName', personal: true, label: t('Nome', 'First name'), required: true, maxLength: 100 },
              {
                type: 'singleChoice',
                key: 'relationship',
                label: t('Relazione con il richiedente', 'Relationship to the applicant'),
                required: true,
                options: [
                  option('figlio', 'Figlio/a', 'Child'),
                  option('coniuge', 'Coniuge o convivente', 'Spouse or partner'),
                  option('genitore', 'Genitore', 'Parent'),
                  option('altro', 'Altro', 'Other'),
                ],
              },
              { type: 'date', key: 'birthDate', label: t('Data di nascita', 'Date of birth'), required: true },
              { type: 'calculated', key: 'age', label: t('Età', 'Age'), expression: ageOf('birthDate'), resultType: 'integer' },
              { type: 'boolean', key: 'disability', label: t('Disabilità certificata', 'Certified disability'), default: false },
              {
                type: 'integer',
                key: 'disabilityPercent',
                label: t('Percentuale di invalidità', 'Disability percentage'),
                visibleWhen: v('disability'),
                min: 0,
                max: 100,
              },
            ],
          },
          {
            type: 'calculated',
            key: 'householdSize',
            label: t('Componenti del nucleo (richiedente incluso)', 'Household size (applicant included)'),
            expression: { '+': [1, { count: [v('members')] }] },
            resultType: 'integer',
          },
          {
            type: 'calculated',
            key: 'minorsCount',
            label: t('Minori nel nucleo', 'Minors in the household'),
            expression: minors,
            resultType: 'integer',
          },
          {
            type: 'calculated',
            key: 'disabledCount',
            label: t('Persone con disabilità nel nucleo', 'People with disabilities in the household'),
            expression: {
              '+': [{ count: [{ filter: [v('members'), { var: 'disability' }] }] }, { if: [v('applicantDisability'), 1, 0] }],
            },
            resultType: 'integer',
          },
        ],
      },
      {
        key: 'housing',
        title: t('Situazione abitativa', 'Housing situation'),
        fields: [
          {
            type: 'singleChoice',
            key: 'currentHousing',
            label: t('Dove vive oggi', 'Where they live now'),
            required: true,
            options: [
              option('affitto-privato', 'In affitto sul mercato privato', 'Private rental'),
              option('alloggio-sap', 'Alloggio pubblico (SAP/ALER)', 'Public housing (SAP/ALER)'),
              option('ospite', 'Ospite di parenti o amici', 'Staying with relatives or friends'),
              option('struttura', 'In comunità o struttura di accoglienza', 'In a community or shelter'),
              option('senza-dimora', 'Senza dimora', 'Homeless'),
            ],
          },
          {
            type: 'currency',
            key: 'monthlyRent',
            label: t('Canone mensile (€)', 'Monthly rent (€)'),
            visibleWhen: is('currentHousing', 'affitto-privato'),
            min: 0,
            max: 5000,
          },
          { type: 'boolean', key: 'eviction', label: t('Sfratto in corso', 'Eviction under way'), required: true },
          {
            type: 'singleChoice',
            key: 'evictionStage',
            label: t('Fase dello sfratto', 'Stage of the eviction'),
            required: true,
            visibleWhen: v('eviction'),
            options: [
              option('intimazione', 'Intimazione di sfratto', 'Eviction notice served'),
              option('convalida', 'Sfratto convalidato dal giudice', 'Eviction confirmed by the court'),
              option('esecuzione-fissata', "Data dell'esecuzione fissata", 'Enforcement date set'),
            ],
          },
          {
            type: 'singleChoice',
            key: 'evictionReason',
            label: t('Motivo dello sfratto', 'Reason for the eviction'),
            visibleWhen: v('eviction'),
            options: [
              option('morosita', 'Morosità', 'Rent arrears'),
              option('finita-locazione', 'Finita locazione', 'End of lease'),
              option('altro', 'Altro', 'Other'),
            ],
          },
          {
            type: 'currency',
            key: 'rentArrears',
            label: t('Morosità accumulata (€)', 'Rent arrears (€)'),
            visibleWhen: is('evictionReason', 'morosita'),
            min: 0,
          },
          {
            type: 'date',
            key: 'evictionDate',
            label: t("Data dell'esecuzione", 'Enforcement date'),
            required: true,
            visibleWhen: is('evictionStage', 'esecuzione-fissata'),
          },
        ],
      },
      {
        key: 'vulnerability',
        title: t('Fragilità', 'Vulnerabilities'),
        fields: [
          {
            type: 'boolean',
            key: 'domesticViolence',
            label: t('Situazione di violenza domestica', 'Domestic violence'),
            required: true,
          },
          {
            type: 'boolean',
            key: 'psychiatricFragility',
            label: t('Fragilità psichiatrica (in carico al CPS)', 'Psychiatric fragility (followed by the CPS)'),
            default: false,
          },
          {
            type: 'longText',
            key: 'otherVulnerabilities',
            personal: true,
            label: t('Altre fragilità', 'Other vulnerabilities'),
            maxLength: 2000,
          },
        ],
      },
      {
        key: 'violence',
        title: t('Violenza domestica', 'Domestic violence'),
        visibleWhen: v('domesticViolence'),
        fields: [
          {
            type: 'boolean',
            key: 'followedByViola',
            label: t('In carico alla rete antiviolenza VIOLA', 'Followed by the VIOLA anti-violence network'),
            default: false,
          },
          {
            type: 'boolean',
            key: 'shelterNeeded',
            label: t('Necessaria una collocazione protetta (casa rifugio)', 'Protected placement needed (shelter)'),
            required: true,
          },
          {
            type: 'boolean',
            key: 'protectionOrder',
            label: t("Provvedimento dell'autorità giudiziaria", 'Court order'),
            required: true,
          },
          {
            type: 'date',
            key: 'protectionOrderDate',
            label: t('Data del provvedimento', 'Date of the order'),
            required: true,
            visibleWhen: v('protectionOrder'),
          },
          {
            type: 'longText',
            key: 'protectionOrderDetails',
            personal: true,
            label: t('Autorità e contenuto del provvedimento', 'Authority and content of the order'),
            help: t(
              'Es. ordine di protezione del Tribunale, divieto di avvicinamento.',
              'E.g. protection order of the court, restraining order.'
            ),
            required: true,
            visibleWhen: v('protectionOrder'),
            maxLength: 2000,
          },
        ],
      },
      {
        key: 'economic',
        title: t('Situazione economica', 'Economic situation'),
        fields: [
          {
            type: 'boolean',
            key: 'iseeAvailable',
            label: t('Attestazione ISEE disponibile', 'ISEE certificate available'),
            required: true,
          },
          {
            type: 'isee',
            key: 'isee',
            label: t('Valore ISEE (€)', 'ISEE value (€)'),
            required: true,
            visibleWhen: v('iseeAvailable'),
            max: 200000,
          },
          {
            type: 'multipleChoice',
            key: 'incomeSources',
            label: t('Fonti di reddito del nucleo', 'Income sources of the household'),
            options: [
              option('lavoro', 'Lavoro', 'Work'),
              option('pensione', 'Pensione', 'Pension'),
              option('reddito-cittadinanza', 'Reddito di cittadinanza', 'Citizenship income'),
              option('assegni', 'Assegni familiari o di mantenimento', 'Family or maintenance allowances'),
              option('nessuna', 'Nessuna', 'None'),
            ],
          },
          {
            type: 'currency',
            key: 'monthlyIncome',
            label: t('Reddito mensile del nucleo (€)', 'Monthly household income (€)'),
            min: 0,
          },
        ],
      },
      {
        key: 'assessment',
        title: t('Valutazione e proposta', 'Assessment and proposal'),
        description: WEIGHTS,
        fields: [
          {
            type: 'calculated',
            key: 'evictionPoints',
            label: t('Punti sfratto', 'Eviction points'),
            expression: { if: [{ '!': v('eviction') }, 0, is('evictionStage', 'esecuzione-fissata'), 30, 20] },
            resultType: 'integer',
          },
          {
            type: 'calculated',
            key: 'iseePoints',
            label: t('Punti fascia ISEE', 'ISEE band points'),
            expression: {
              if: [
                { '!': v('iseeAvailable') },
                0,
                { '<=': [v('isee'), 6000] },
                20,
                { '<=': [v('isee'), 9360] },
                15,
                { '<=': [v('isee'), 15000] },
                8,
                0,
              ],
            },
            resultType: 'integer',
          },
          {
            type: 'calculated',
            key: 'priorityScore',
            label: t('Punteggio di priorità', 'Priority score'),
            help: WEIGHTS,
            expression: {
              '+': [
                v('evictionPoints'),
                { min: [20, { '*': [5, v('minorsCount')] }] },
                { if: [{ '>': [v('disabledCount'), 0] }, 10, 0] },
                { if: [v('domesticViolence'), 25, 0] },
                v('iseePoints'),
                { if: [is('currentHousing', 'senza-dimora'), 15, 0] },
              ],
            },
            resultType: 'integer',
          },
          {
            type: 'calculated',
            key: 'priorityLevel',
            label: t('Livello di priorità', 'Priority level'),
            expression: {
              if: [{ '>=': [v('priorityScore'), 60] }, 'alta', { '>=': [v('priorityScore'), 30] }, 'media', 'bassa'],
            },
            resultType: 'text',
          },
          {
            type: 'singleChoice',
            key: 'proposedSolution',
            label: t('Soluzione proposta', 'Proposed solution'),
            required: true,
            options: [
              option(
                'housing-temporaneo',
                'Housing temporaneo della rete distrettuale',
                'Temporary housing of the district network'
              ),
              option('condominio-solidale', 'Condominio Solidale', 'Condominio Solidale (supportive housing)'),
              option('casa-rifugio', 'Casa rifugio', 'Shelter'),
              option('sap', 'Domanda di alloggio SAP', 'Application for public housing (SAP)'),
              option('emergenza-abitativa', 'Contributo per emergenza abitativa', 'Housing emergency grant'),
            ],
          },
          { type: 'date', key: 'plannedEntry', label: t('Ingresso previsto', 'Planned entry') },
          {
            type: 'date',
            key: 'plannedExit',
            label: t('Uscita prevista', 'Planned exit'),
            help: t('La permanenza media è di 24 mesi.', 'The average stay is 24 months.'),
          },
          {
            type: 'file',
            key: 'socialReport',
            label: t('Relazione sociale', 'Social report'),
            accept: ['application/pdf'],
            maxSizeMb: 10,
          },
          { type: 'longText', key: 'notes', personal: true, label: t('Note', 'Notes'), maxLength: 4000 },
        ],
      },
    ],
    rules: [
      birthDateInThePast,
      endAfterStart(
        'exitAfterEntry',
        'plannedEntry',
        'plannedExit',
        t("l'uscita prevista deve seguire l'ingresso", 'the planned exit must come after the entry')
      ),
      {
        key: 'workerContact',
        assert: { or: [{ '!!': v('workerPhone') }, { '!!': v('workerEmail') }] },
        message: t('indicare almeno un recapito del referente', "give at least one of the worker's contacts"),
        paths: ['workerPhone', 'workerEmail'],
      },
      {
        key: 'shelterForViolence',
        when: is('proposedSolution', 'casa-rifugio'),
        assert: { '==': [v('domesticViolence'), true] },
        message: t(
          'la casa rifugio è riservata alle vittime di violenza domestica',
          'the shelter is for victims of domestic violence'
        ),
        paths: ['proposedSolution'],
      },
    ],
  },
};
