/**
 * Public types of the co-payment calculator. Amounts are in euro with at most two decimals as they come
 * in and go out; inside, every computation works on integer cents (and BigInt where products grow), so
 * no float ever drifts.
 */

export const UNITS = ['hour', 'trip', 'day', 'month'] as const;
/** What one unit of the service is: an hour of home care, a trip, a day, a month. */
export type Unit = (typeof UNITS)[number];

export const RULES = ['linear', 'bands'] as const;
/**
 * - `linear`: exempt below `iseeFloor`, `maxSharePercent` of the unit cost at or above `iseeCeiling`,
 *   linear in between (from `minSharePercent` at the floor).
 * - `bands`: steps, one share per ISEE band; a band holds its lower bound, not its upper one.
 */
export type Rule = (typeof RULES)[number];

export const ROUNDING_MODES = ['cent', 'down-10-cents', 'nearest-10-cents', 'down-euro', 'nearest-euro'] as const;
/** How the citizen's share of one unit is rounded (before multiplying by the quantity). */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** One ISEE band: from `iseeFrom` (included) to `iseeTo` (excluded; null = no upper limit). */
export interface IseeBand {
  iseeFrom: number;
  iseeTo: number | null;
  /** Share of the unit cost the citizen pays, 0–100. */
  sharePercent: number;
}

/**
 * "Fattore famiglia": the ISEE used for the tariff is the ISEE divided by the coefficient of the
 * household's size (the row with the largest size not above it; 1 when no row applies).
 */
export interface HouseholdFactor {
  householdSize: number;
  /** 0.5–3, at most three decimals (e.g. 1.15). */
  coefficient: number;
}

/** One service's tariff in a regulation. */
export interface TariffParameters {
  unit: Unit;
  /** Cost of one unit for the comune (e.g. the voucher's hourly value), in euro. */
  unitCost: number;
  rule: Rule;
  /** linear: at or below this ISEE nothing is paid (exemption). */
  iseeFloor?: number | null;
  /** linear: from this ISEE the maximum share is paid (full tariff). */
  iseeCeiling?: number | null;
  /** linear: share at the floor (0 = continuous with the exemption). Default 0. */
  minSharePercent?: number | null;
  /** linear: share at and above the ceiling. Default 100. */
  maxSharePercent?: number | null;
  /** bands: contiguous, from 0, the last one open, shares never decreasing. */
  bands?: IseeBand[] | null;
  householdFactors?: HouseholdFactor[] | null;
  /** Default `cent`. */
  rounding?: RoundingMode | null;
  /** Most a citizen pays in a month (for the unit `month`: per month of the quantity), in euro. */
  monthlyCap?: number | null;
}

/** One citizen's situation: ISEE in euro, household size, units used in the month. */
export interface QuoteInput {
  isee: number;
  householdSize: number;
  quantity: number;
}

/** Which part of the rule applied. */
export type RuleOutcome =
  | { kind: 'exempt'; iseeFloor: number }
  | { kind: 'linear'; iseeFloor: number; iseeCeiling: number }
  | { kind: 'full'; iseeCeiling: number }
  | { kind: 'band'; index: number; band: IseeBand; count: number };

/** Every step of a quote, in integer cents (ISEE included), for the explanation and the tests. */
export interface QuoteBreakdown {
  unit: Unit;
  iseeCents: number;
  /** Coefficient in thousandths (1000 = 1.000) and the household size of the row that gave it (null: none). */
  coefficientThousandths: number;
  factorHouseholdSize: number | null;
  adjustedIseeCents: number;
  outcome: RuleOutcome;
  /** The share of the unit cost, in hundredths of a percent (2262 = 22.62 %), rounded for display. */
  shareBasisPoints: number;
  unitCostCents: number;
  rounding: RoundingMode;
  unitShareCents: number;
  quantityHundredths: number;
  grossCents: number;
  citizenBeforeCapCents: number;
  /** The cap applied to this quote (monthly cap, times the months for the unit `month`); null: no cap. */
  capCents: number | null;
  capped: boolean;
  citizenCents: number;
  municipalityCents: number;
}
