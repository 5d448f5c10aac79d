import { atLeastOneContact, birthDateInThePast, contactFields, endAfterStart, personFields } from './common-fields';
import { is, option, t, v, type SeedForm } from './types';

const isSad = is('voucherType', 'sad');
const isTransport = is('voucherType', 'trasporto-sociale');

/**
 * Richiesta di voucher per l'assistenza domiciliare (SAD/SADH/ADH) o il trasporto sociale: the comune
 * assesses the request, shows the list of accredited providers, the citizen chooses one, the comune issues
 * a nominal, non-transferable voucher and the citizen co-pays under the district regulation.
 */
export const voucherRequest: SeedForm = {
  key: 'voucher-request',
  title: t(
    'Richiesta di voucher – Assistenza domiciliare e trasporto sociale',
    'Voucher request – Home care and social transport'
  ),
  description: t(
    "Valutazione sociale della richiesta di voucher nominativo e non trasferibile per l'assistenza domiciliare (SAD/SADH/ADH) o il trasporto sociale, con la scelta dell'ente accreditato da parte del cittadino e la quota di compartecipazione secondo il Regolamento distrettuale.",
    "Social assessment of a request for a nominal, non-transferable voucher for home care (SAD/SADH/ADH) or social transport, with the citizen's choice of accredited provider and the co-payment share under the district regulation."
  ),
  areaCode: 'promozione-autonomie',
  serviceCodes: ['sad-sadh-adh', 'trasporto-sociale'],
  roles: ['operator', 'udp'],
  definition: {
    sections: [
      {
        key: 'request',
        title: t('Richiesta', 'Request'),
        fields: [
          { type: 'date', key: 'requestDate', label: t('Data della richiesta', 'Date of the request'), required: true },
          { type: 'reference', key: 'municipality', target: 'municipality', label: t('Comune', 'Comune'), required: true },
          {
            type: 'singleChoice',
            key: 'voucherType',
            label: t('Voucher richiesto', 'Voucher requested'),
            required: true,
            options: [
              option('sad', 'Assistenza domiciliare (SAD/SADH/ADH)', 'Home care (SAD/SADH/ADH)'),
              option('trasporto-sociale', 'Trasporto sociale', 'Social transport'),
            ],
          },
        ],
      },
      {
        key: 'beneficiary',
        title: t('Beneficiario', 'Beneficiary'),
        fields: [
          ...personFields({ fiscalCodeRequired: true, birthDateRequired: true }),
          ...contactFields,
          {
            type: 'text',
            key: 'address',
            personal: true,
            label: t('Indirizzo di domicilio', 'Home address'),
            required: true,
            maxLength: 200,
          },
          {
            type: 'singleChoice',
            key: 'condition',
            label: t('Condizione', 'Condition'),
            required: true,
            options: [
              option('anziano', 'Anziano/a', 'Older person'),
              option('disabile', 'Persona con disabilità', 'Person with a disability'),
              option('adulto-fragile', 'Adulto in difficoltà', 'Adult in difficulty'),
            ],
          },
          { type: 'boolean', key: 'livesAlone', label: t('Vive solo/a', 'Lives alone'), required: true },
          {
            type: 'text',
            key: 'caregiverName',
            personal: true,
            label: t('Familiare o caregiver di riferimento', 'Relative or main caregiver'),
            visibleWhen: { '==': [v('livesAlone'), false] },
            maxLength: 120,
          },
          {
            type: 'phone',
            key: 'caregiverPhone',
            personal: true,
            label: t('Telefono del caregiver', "Caregiver's phone"),
            visibleWhen: { '==': [v('livesAlone'), false] },
          },
        ],
      },
      {
        key: 'homeCare',
        title: t('Assistenza domiciliare', 'Home care'),
        visibleWhen: isSad,
        fields: [
          {
            type: 'multipleChoice',
            key: 'careTasks',
            label: t('Prestazioni richieste', 'Care tasks requested'),
            required: true,
            minSelected: 1,
            options: [
              option('igiene-personale', 'Igiene personale', 'Personal hygiene'),
              option('aiuto-domestico', 'Governo della casa', 'Housekeeping'),
              option('pasti', 'Preparazione dei pasti', 'Meal preparation'),
              option('commissioni', 'Commissioni e accompagnamento', 'Errands and escort'),
              option('sostegno-relazionale', 'Sostegno relazionale', 'Company and relational support'),
            ],
          },
          {
            type: 'decimal',
            key: 'hoursPerWeek',
            label: t('Ore settimanali', 'Hours per week'),
            required: true,
            min: 0.5,
            max: 20,
            step: 0.5,
          },
        ],
      },
      {
        key: 'transport',
        title: t('Trasporto sociale', 'Social transport'),
        visibleWhen: isTransport,
        fields: [
          {
            type: 'singleChoice',
            key: 'destinationKind',
            label: t('Destinazione', 'Destination'),
            required: true,
            options: [
              option('sanitaria', 'Visite ed esami sanitari', 'Medical visits and tests'),
              option('riabilitazione', 'Terapie e riabilitazione', 'Therapy and rehabilitation'),
              option('centro-diurno', 'Centro diurno', 'Day centre'),
              option('sociale', 'Attività sociali', 'Social activities'),
            ],
          },
          {
            type: 'text',
            key: 'destination',
            personal: true,
            label: t('Luogo di destinazione', 'Destination address'),
            required: true,
            maxLength: 200,
          },
          {
            type: 'integer',
            key: 'tripsPerMonth',
            label: t('Viaggi al mese (andata e ritorno)', 'Round trips per month'),
            required: true,
            min: 1,
            max: 60,
          },
          {
            type: 'boolean',
            key: 'wheelchair',
            label: t('Serve un mezzo attrezzato per carrozzina', 'Needs a wheelchair-accessible vehicle'),
            default: false,
          },
          { type: 'boolean', key: 'escortNeeded', label: t('Serve un accompagnatore', 'Needs an escort'), default: false },
        ],
      },
      {
        key: 'voucher',
        title: t('Voucher e compartecipazione', 'Voucher and co-payment'),
        fields: [
          { type: 'isee', key: 'isee', label: t('Valore ISEE (€)', 'ISEE value (€)'), required: true, max: 200000 },
          {
            type: 'boolean',
            key: 'providerListShown',
            label: t(
              'Mostrato al cittadino l’elenco degli enti accreditati',
              'The list of accredited providers was shown to the citizen'
            ),
            required: true,
          },
          {
            type: 'reference',
            key: 'chosenProvider',
            target: 'provider',
            label: t('Ente scelto dal cittadino', 'Provider chosen by the citizen'),
            required: true,
          },
          {
            type: 'integer',
            key: 'copaymentPercent',
            label: t('Quota di compartecipazione (%)', 'Co-payment share (%)'),
            help: t(
              'Stabilita dal Comune secondo il Regolamento distrettuale di accesso e compartecipazione.',
              'Set by the comune under the district regulation on access and co-payment.'
            ),
            required: true,
            min: 0,
            max: 100,
          },
          {
            type: 'calculated',
            key: 'monthlyUnits',
            label: t('Unità mensili del voucher (ore o viaggi)', 'Monthly voucher units (hours or trips)'),
            expression: {
              if: [isSad, { '*': [{ var: ['hoursPerWeek', 0] }, 4.33] }, isTransport, { var: ['tripsPerMonth', 0] }, 0],
            },
            resultType: 'number',
          },
          { type: 'date', key: 'voucherStart', label: t('Validità dal', 'Valid from'), required: true },
          { type: 'date', key: 'voucherEnd', label: t('Validità fino al', 'Valid until'), required: true },
        ],
      },
    ],
    rules: [
      atLeastOneContact,
      birthDateInThePast,
      endAfterStart('voucherPeriod', 'voucherStart', 'voucherEnd'),
      {
        key: 'providerChoice',
        assert: { '==': [v('providerListShown'), true] },
        message: t(
          "il cittadino sceglie l'ente dall'elenco degli accreditati: va mostrato",
          'the citizen chooses the provider from the accredited list: it must be shown'
        ),
        paths: ['providerListShown'],
      },
      {
        key: 'voucherAfterRequest',
        when: { and: [{ '!!': v('requestDate') }, { '!!': v('voucherStart') }] },
        assert: { '>=': [{ days_between: [v('requestDate'), v('voucherStart')] }, 0] },
        message: t('il voucher non può decorrere prima della richiesta', 'the voucher cannot start before the request'),
        paths: ['voucherStart'],
      },
    ],
  },
};
