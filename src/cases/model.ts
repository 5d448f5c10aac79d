/**
 * What each role may read and write of the case-file types. The single table the access layer
 * (src/cases/access.ts) reads: a field not listed for a role is never selected, returned, filtered,
 * sorted or populated for it.
 */

export const CASE_TYPES = ['beneficiary', 'household', 'case', 'referral', 'intervention', 'voucher'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export type CaseRole = 'operator' | 'provider';

export const uidOf = (type: CaseType) => `api::${type}.${type}` as const;

/** Relations of the case-file types and what they point to (a case type, a catalogue type or a user). */
export const RELATIONS: Record<CaseType, Record<string, string>> = {
  beneficiary: { municipality: 'municipality', cases: 'case' },
  household: { beneficiary: 'beneficiary' },
  case: {
    beneficiary: 'beneficiary',
    municipality: 'municipality',
    service: 'service',
    area: 'area',
    assignedOperator: 'user',
    referrals: 'referral',
    interventions: 'intervention',
    vouchers: 'voucher',
  },
  referral: {
    case: 'case',
    fromMunicipality: 'municipality',
    fromService: 'service',
    toProvider: 'provider',
    toService: 'service',
    decidedBy: 'user',
  },
  intervention: { case: 'case', service: 'service', provider: 'provider' },
  voucher: { beneficiary: 'beneficiary', case: 'case', service: 'service', provider: 'provider' },
};

/** Components and, inside them, the users they point to. */
export const COMPONENTS: Partial<Record<CaseType, Record<string, { fields: string[]; users?: string[] }>>> = {
  household: { members: { fields: ['firstName', 'lastName', 'birthDate', 'relation', 'fiscalCode', 'livesWith'] } },
  voucher: { redemptions: { fields: ['date', 'quantity', 'amount'], users: ['recordedBy'] } },
};

const BENEFICIARY_CONTACT = ['firstName', 'lastName', 'birthDate', 'address', 'phone', 'email'];
const BENEFICIARY_PERSONAL = [
  ...BENEFICIARY_CONTACT,
  'fiscalCode',
  'sex',
  'citizenship',
  'municipality',
  'anonymisedAt',
  'cases',
];
export const SENSITIVE: Record<CaseType, string[]> = {
  beneficiary: ['disability', 'healthNotes', 'iseeValue', 'courtMeasures'],
  household: [],
  case: ['summary'],
  referral: [],
  intervention: ['notes'],
  voucher: ['copaymentShare'],
};

/** Readable attributes (scalars, relations, components) per role; `id`, `documentId`, timestamps always. */
export const READABLE: Record<CaseRole, Record<CaseType, string[]>> = {
  operator: {
    beneficiary: [...BENEFICIARY_PERSONAL, ...SENSITIVE.beneficiary],
    household: ['beneficiary', 'members'],
    case: [
      'code',
      'beneficiary',
      'municipality',
      'service',
      'area',
      'status',
      'openedAt',
      'closedAt',
      'summary',
      'assignedOperator',
      'workflowKey',
      'workflowInstance',
      'housingScore',
      'housingReportedAt',
      'referrals',
      'interventions',
      'vouchers',
    ],
    referral: [
      'case',
      'fromMunicipality',
      'fromService',
      'toProvider',
      'toService',
      'status',
      'reason',
      'responseNote',
      'consentPurpose',
      'consentGiven',
      'consentGivenAt',
      'consentRevokedAt',
      'decidedAt',
      'decidedBy',
    ],
    intervention: ['case', 'service', 'provider', 'periodFrom', 'periodTo', 'quantity', 'unit', 'cost', 'notes'],
    voucher: [
      'code',
      'beneficiary',
      'case',
      'service',
      'provider',
      'value',
      'validFrom',
      'validTo',
      'copaymentShare',
      'status',
      'redemptions',
      'balance',
    ],
  },
  // Provider staff: names, birth date and contacts of the people referred to them, never sensitive fields.
  provider: {
    beneficiary: BENEFICIARY_CONTACT,
    household: [],
    case: [
      'code',
      'beneficiary',
      'municipality',
      'service',
      'area',
      'status',
      'openedAt',
      'closedAt',
      'assignedOperator',
      'workflowKey',
      'workflowInstance',
      'interventions',
    ],
    referral: [
      'case',
      'fromMunicipality',
      'fromService',
      'toProvider',
      'toService',
      'status',
      'reason',
      'responseNote',
      'consentPurpose',
      'consentGiven',
      'consentGivenAt',
      'consentRevokedAt',
      'decidedAt',
      'decidedBy',
    ],
    intervention: ['case', 'service', 'provider', 'periodFrom', 'periodTo', 'quantity', 'unit', 'cost', 'notes'],
    voucher: [
      'code',
      'beneficiary',
      'case',
      'service',
      'provider',
      'value',
      'validFrom',
      'validTo',
      'status',
      'redemptions',
      'balance',
    ],
  },
};

/** What a role may set in a create/update body; anything else readable is a system field (400). */
export const WRITABLE: Record<CaseRole, Partial<Record<CaseType, string[]>>> = {
  operator: {
    beneficiary: [
      'firstName',
      'lastName',
      'fiscalCode',
      'birthDate',
      'sex',
      'citizenship',
      'municipality',
      'address',
      'phone',
      'email',
      ...SENSITIVE.beneficiary,
    ],
    household: ['beneficiary', 'members'],
    case: [
      'beneficiary',
      'municipality',
      'service',
      'area',
      'status',
      'openedAt',
      'closedAt',
      'summary',
      'assignedOperator',
      'workflowKey',
    ],
    referral: ['case', 'fromService', 'toProvider', 'toService', 'reason', 'consentPurpose', 'consentGiven'],
    intervention: ['case', 'service', 'provider', 'periodFrom', 'periodTo', 'quantity', 'unit', 'cost', 'notes'],
    voucher: ['beneficiary', 'case', 'service', 'provider', 'value', 'validFrom', 'validTo', 'copaymentShare', 'status'],
  },
  provider: {
    intervention: ['case', 'service', 'periodFrom', 'periodTo', 'quantity', 'unit', 'cost', 'notes'],
  },
};

/**
 * Relations into a case type a role may sort through: those whose every target record is inside the role's
 * scope whenever the source record is (a sort, unlike a filter, cannot carry the target's scope). Others
 * would order visible rows by the personal data of records the caller may not read (a provider sorting
 * referrals by the name of a beneficiary whose case it was never opened).
 */
export const SORT_THROUGH: Record<CaseRole, string[]> = {
  operator: [
    'household.beneficiary',
    'case.beneficiary',
    'referral.case',
    'intervention.case',
    'voucher.case',
    'voucher.beneficiary',
  ],
  provider: ['case.beneficiary', 'intervention.case', 'voucher.beneficiary'],
};

/** Fields of catalogue types and users that may be read, filtered or sorted through a relation. */
export const TARGET_FIELDS: Record<string, string[]> = {
  municipality: ['name', 'istatCode'],
  service: ['name', 'code'],
  area: ['name', 'code'],
  provider: ['name', 'vatNumber'],
  user: ['username'],
};
export const TARGET_UID: Record<string, string> = {
  municipality: 'api::municipality.municipality',
  service: 'api::service.service',
  area: 'api::area.area',
  provider: 'api::provider.provider',
  user: 'plugin::users-permissions.user',
};

export const ALWAYS = ['id', 'documentId', 'createdAt', 'updatedAt'];

export const isCaseType = (value: string): value is CaseType => (CASE_TYPES as readonly string[]).includes(value);

/** Fields `_q` (search) looks in, per type; a dotted path goes through a relation (scoped like a filter). */
export const SEARCH: Partial<Record<CaseType, string[]>> = {
  beneficiary: ['firstName', 'lastName', 'fiscalCode'],
  case: ['code', 'beneficiary.firstName', 'beneficiary.lastName', 'beneficiary.fiscalCode'],
  referral: ['reason'],
  voucher: ['code', 'beneficiary.firstName', 'beneficiary.lastName'],
};
