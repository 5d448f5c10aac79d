/** Enumerations of the content types (each `schema.json` under src/api of the server), in schema order. */
export const PROCUREMENT_MODES = [
  'appalto',
  'accreditamento',
  'albo-fornitori',
  'co-progettazione',
  'convenzione',
  'gestione-diretta',
] as const;
export const MANAGEMENTS = ['associata', 'comunale'] as const;
export const SERVICE_STATUSES = ['active', 'planned', 'suspended', 'closed'] as const;
export const ACCREDITATION_STATUSES = ['active', 'suspended', 'revoked', 'expired'] as const;
export const LEGAL_FORMS = [
  'cooperativa-sociale',
  'associazione',
  'fondazione',
  'impresa',
  'ati-rti',
  'consorzio',
  'ente-pubblico',
  'altro',
] as const;
export const FUNDING_LEVELS = ['europeo', 'nazionale', 'regionale', 'comunale', 'privato'] as const;
export const MEASURE_LEVELS = ['nazionale', 'regionale', 'distrettuale'] as const;
export const FAMILY_SERVICE_ZONES = ['zona1', 'zona2'] as const;

/** Choices for SelectInput/SelectField: each value labelled by the message `enums.<namespace>.<value>`. */
export function enumChoices(namespace: string, values: readonly string[]): { id: string; name: string }[] {
  return values.map((id) => ({ id, name: `enums.${namespace}.${id}` }));
}

export const procurementModeChoices = enumChoices('procurementMode', PROCUREMENT_MODES);
export const managementChoices = enumChoices('management', MANAGEMENTS);
export const serviceStatusChoices = enumChoices('status', SERVICE_STATUSES);
export const accreditationStatusChoices = enumChoices('status', ACCREDITATION_STATUSES);
export const legalFormChoices = enumChoices('legalForm', LEGAL_FORMS);
export const fundingLevelChoices = enumChoices('level', FUNDING_LEVELS);
export const measureLevelChoices = enumChoices('level', MEASURE_LEVELS);
export const familyServiceZoneChoices = enumChoices('familyServiceZone', FAMILY_SERVICE_ZONES);
