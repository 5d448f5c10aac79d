import type { RoundingMode } from './types';

/** Step (in cents) and direction of each rounding mode. */
const MODES: Record<RoundingMode, { step: bigint; nearest: boolean }> = {
  cent: { step: 1n, nearest: true },
  'down-10-cents': { step: 10n, nearest: false },
  'nearest-10-cents': { step: 10n, nearest: true },
  'down-euro': { step: 100n, nearest: false },
  'nearest-euro': { step: 100n, nearest: true },
};

/**
 * Rounds the exact amount `numerator / denominator` cents (both ≥ 0, denominator > 0) to whole cents
 * according to the mode: down to the step (in the citizen's favour) or to the nearest step, halves up.
 * Monotone (a larger amount never rounds to less) and idempotent (a rounded amount stays as it is).
 */
export function roundCents(numerator: bigint, denominator: bigint, mode: RoundingMode): number {
  const { step, nearest } = MODES[mode];
  const unit = denominator * step;
  const steps = nearest ? (2n * numerator + unit) / (2n * unit) : numerator / unit;
  return Number(steps * step);
}

/** `value × hundredths / 100`, rounded half up to whole cents (quantities have two decimals). */
export function timesQuantity(cents: number, quantityHundredths: number): number {
  return roundCents(BigInt(cents) * BigInt(quantityHundredths), 100n, 'cent');
}
