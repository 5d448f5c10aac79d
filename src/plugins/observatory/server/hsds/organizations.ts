import { hsdsId } from './ids';
import { DISTRICT } from './places';

/** A provider as the public catalogue shows it (public fields only). */
export interface PublicProvider {
  documentId: string;
  name: string;
  legalForm?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  vatNumber?: string | null;
  updatedAt?: string;
}

/** Legal forms of the catalogue as words. */
const LEGAL_FORMS: Record<string, string> = {
  'cooperativa-sociale': 'Cooperativa sociale',
  associazione: 'Associazione',
  fondazione: 'Fondazione',
  impresa: 'Impresa',
  'ati-rti': 'Raggruppamento temporaneo di imprese',
  consorzio: 'Consorzio',
  'ente-pubblico': 'Ente pubblico',
  altro: 'Altro',
};

export const districtOrganizationId = () => hsdsId('organization', DISTRICT.key);
export const providerOrganizationId = (documentId: string) => hsdsId('organization', `provider:${documentId}`);

/** Only web addresses a browser opens as a page: anything else (javascript:, data:) is never published. */
const webAddress = (value: string | null | undefined) => (value && /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined);

/** The Ufficio di Piano: the organization every service of the district's catalogue belongs to. */
export function districtOrganization() {
  return {
    id: districtOrganizationId(),
    name: DISTRICT.name,
    description: DISTRICT.description,
    legal_status: DISTRICT.legalStatus,
    phones: [] as { id: string; organization_id: string; number: string; type: string }[],
  };
}

/** A provider (ente gestore) as an HSDS organization, with its phone. */
export function providerOrganization(p: PublicProvider) {
  const id = providerOrganizationId(p.documentId);
  const legal = p.legalForm ? (LEGAL_FORMS[p.legalForm] ?? p.legalForm) : undefined;
  return {
    id,
    name: p.name,
    description: legal ? `${legal} – ente gestore di servizi dell'Ambito` : "Ente gestore di servizi dell'Ambito",
    email: p.email ?? undefined,
    website: webAddress(p.website),
    tax_id: p.vatNumber ?? undefined,
    legal_status: legal,
    phones: p.phone
      ? [{ id: hsdsId('phone', `organization:${p.documentId}`), organization_id: id, number: p.phone, type: 'voice' }]
      : [],
  };
}
