import type { HouseholdFactor } from '../../copayment/calculator/types';
import type { SeedRegulation } from './types';

/**
 * EXAMPLE DATA. The programming document 2018-2020 (section 6, strategic objective 1) sets the goal –
 * uniform tariffs for at least two municipal services across the 9 comuni, simulated on each comune's
 * budget – but gives no figures: the amounts, thresholds and bands below are plausible values chosen
 * for the demonstration, not the district's.
 */
export const EXAMPLE_NOTE =
  'Dati di esempio: il documento di programmazione 2018-2020 non riporta tariffe né soglie ISEE; i valori sono plausibili e servono alla dimostrazione. / Example data: the programming document gives no tariffs or ISEE thresholds; these values are plausible figures for the demonstration.';

/** Voucher values (cost of one unit for the comune), the same in every comune: accreditation is district-wide. */
export const HOME_CARE_HOUR = 21;
export const TRANSPORT_TRIP = 15;

/** "Fattore famiglia" of the proposal: larger households are priced on a lower ISEE. */
export const PROPOSED_FAMILY_FACTOR: HouseholdFactor[] = [
  { householdSize: 3, coefficient: 1.1 },
  { householdSize: 4, coefficient: 1.2 },
  { householdSize: 5, coefficient: 1.3 },
];

export const uniformRegulation: SeedRegulation = {
  code: 'uniforme-2020',
  name: 'Tariffe uniformi distrettuali – proposta 2020',
  scheme: 'uniform',
  validFrom: '2020-01-01',
  approvalAct: "Proposta all'Assemblea dei Sindaci – obiettivo strategico 1, 2020",
  notes: EXAMPLE_NOTE,
  tariffs: {
    'sad-sadh-adh': {
      unit: 'hour',
      unitCost: HOME_CARE_HOUR,
      rule: 'bands',
      bands: [
        { iseeFrom: 0, iseeTo: 6000, sharePercent: 0 },
        { iseeFrom: 6000, iseeTo: 10000, sharePercent: 15 },
        { iseeFrom: 10000, iseeTo: 15000, sharePercent: 30 },
        { iseeFrom: 15000, iseeTo: 20000, sharePercent: 45 },
        { iseeFrom: 20000, iseeTo: 30000, sharePercent: 60 },
        { iseeFrom: 30000, iseeTo: null, sharePercent: 80 },
      ],
      householdFactors: PROPOSED_FAMILY_FACTOR,
      rounding: 'nearest-10-cents',
      monthlyCap: 350,
    },
    'trasporto-sociale': {
      unit: 'trip',
      unitCost: TRANSPORT_TRIP,
      rule: 'linear',
      iseeFloor: 6000,
      iseeCeiling: 25000,
      minSharePercent: 0,
      maxSharePercent: 60,
      householdFactors: PROPOSED_FAMILY_FACTOR,
      rounding: 'down-10-cents',
      monthlyCap: 80,
    },
  },
};
