import type { SeedAccreditation } from '../types';

/**
 * Accreditations of providers (providers.ts, by VAT number) for services (services.ts, by code).
 *
 * Validity: the document gives only the second social-transport call, July 2019 – December 2023,
 * which has expired by now (2026). The seed models the current, renewed registers instead:
 * home care and social transport 2024-01-01 – 2027-12-31; the day-services register for disability,
 * opened "con bando triennale" (dates not given), as a renewed three-year register 2025-01-01 – 2027-12-31.
 */
export const accreditations: SeedAccreditation[] = [
  // Albo distrettuale SAD/SADH/ADH – 9 accredited home-care providers
  {
    providerVat: '90000010000',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000020009',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000030008',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000040007',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000050006',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000060005',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000070004',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000080003',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000090002',
    serviceCode: 'sad-sadh-adh',
    register: 'Albo distrettuale SAD/SADH/ADH',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },

  // Albo distrettuale trasporto sociale – 4 accredited carriers (renewal of the July 2019 – December 2023 register)
  {
    providerVat: '90000100009',
    serviceCode: 'trasporto-sociale',
    register: 'Albo distrettuale trasporto sociale',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000110008',
    serviceCode: 'trasporto-sociale',
    register: 'Albo distrettuale trasporto sociale',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000120007',
    serviceCode: 'trasporto-sociale',
    register: 'Albo distrettuale trasporto sociale',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000130006',
    serviceCode: 'trasporto-sociale',
    register: 'Albo distrettuale trasporto sociale',
    validFrom: '2024-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },

  // Albo fornitori servizi diurni disabilità – 3 listed providers
  {
    providerVat: '90000250002',
    serviceCode: 'albo-fornitori-servizi-diurni-disabilita',
    register: 'Albo fornitori servizi diurni disabilità',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000260001',
    serviceCode: 'albo-fornitori-servizi-diurni-disabilita',
    register: 'Albo fornitori servizi diurni disabilità',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
  {
    providerVat: '90000270000',
    serviceCode: 'albo-fornitori-servizi-diurni-disabilita',
    register: 'Albo fornitori servizi diurni disabilità',
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    status: 'active',
  },
];
