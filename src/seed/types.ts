/**
 * Shapes of the demo data of Distretto 4. Every record has a natural key (istatCode, code, vatNumber,
 * username) so loading is idempotent: a record whose key exists is left as it is, never overwritten.
 */

export interface SeedMunicipality {
  name: string;
  istatCode: string;
  cadastralCode: string;
  familyServiceZone: 'zona1' | 'zona2';
  /** Residents at 31/12/2018, Tabella 1 of the programming document. */
  population: number;
}

export interface LocalizedText {
  name: string;
  description?: string;
}

export interface SeedArea {
  code: string;
  legacy: boolean;
  it: LocalizedText;
  en: LocalizedText;
}

export interface SeedFundingSource {
  code: string;
  level: 'europeo' | 'nazionale' | 'regionale' | 'comunale' | 'privato';
  it: LocalizedText;
  en: LocalizedText;
}

export interface SeedMeasure {
  code: string;
  level: 'nazionale' | 'regionale' | 'distrettuale';
  legalBasis?: string;
  fundingSources: string[];
  it: LocalizedText;
  en: LocalizedText;
}

export interface SeedProvider {
  name: string;
  legalForm:
    | 'cooperativa-sociale'
    | 'associazione'
    | 'fondazione'
    | 'impresa'
    | 'ati-rti'
    | 'consorzio'
    | 'ente-pubblico'
    | 'altro';
  /** 11 digits with a valid check digit. */
  vatNumber: string;
  fiscalCode?: string;
  address?: string;
  city?: string;
  email?: string;
  phone?: string;
  website?: string;
  thirdSector: boolean;
  /** True for invented names standing where the seed document names no provider. */
  exampleData: boolean;
}

export interface ServiceText {
  name: string;
  description: string;
  target?: string;
  eligibility?: string;
  howToApply?: string;
  contactOffice?: string;
  lots?: { name: string; scope?: string }[];
}

export interface SeedService {
  code: string;
  areaCode: string;
  management: 'associata' | 'comunale';
  procurementMode: 'appalto' | 'accreditamento' | 'albo-fornitori' | 'co-progettazione' | 'convenzione' | 'gestione-diretta';
  status: 'active' | 'planned' | 'suspended' | 'closed';
  yearlyBudget?: number;
  internalNotes?: string;
  /** ISTAT codes of the comuni covered; 'all' for the whole district. */
  municipalities: string[] | 'all';
  /** VAT numbers of SeedProvider entries (for accreditamento: each needs a SeedAccreditation). */
  providers: string[];
  fundingSources: string[];
  measures: string[];
  contactEmail?: string;
  contactPhone?: string;
  it: ServiceText;
  en: ServiceText;
}

export interface SeedAccreditation {
  providerVat: string;
  serviceCode: string;
  register: string;
  validFrom: string;
  validTo?: string;
  status: 'active' | 'suspended' | 'revoked' | 'expired';
}

export interface SeedUser {
  username: string;
  email: string;
  role: 'udp' | 'operator' | 'provider' | 'table-member';
  municipalities?: string[];
  providerVat?: string;
}
