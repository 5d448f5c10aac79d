import { toCents } from './money';
import type { RuleOutcome, TariffParameters } from './types';

/** A share of the unit cost as an exact fraction `numerator / denominator` of 1 (BigInt: no drift). */
export interface ExactShare {
  numerator: bigint;
  denominator: bigint;
  outcome: RuleOutcome;
}

const FULL = 10000n;
const basisPoints = (percent: number | null | undefined, fallback: number) => BigInt(Math.round((percent ?? fallback) * 100));

/**
 * Which part of the tariff's rule applies to an ISEE (already adjusted for the household, in cents),
 * and the exact share of the unit cost it gives. The tariff has passed validateTariff.
 */
export function shareFor(tariff: TariffParameters, adjustedIseeCents: number): ExactShare {
  return tariff.rule === 'bands' ? bandShare(tariff, adjustedIseeCents) : linearShare(tariff, adjustedIseeCents);
}

function linearShare(tariff: TariffParameters, isee: number): ExactShare {
  const floor = toCents(tariff.iseeFloor ?? 0);
  const ceiling = toCents(tariff.iseeCeiling ?? 0);
  const min = basisPoints(tariff.minSharePercent, 0);
  const max = basisPoints(tariff.maxSharePercent, 100);
  if (isee < floor) return { numerator: 0n, denominator: 1n, outcome: { kind: 'exempt', iseeFloor: tariff.iseeFloor ?? 0 } };
  if (isee >= ceiling)
    return { numerator: max, denominator: FULL, outcome: { kind: 'full', iseeCeiling: tariff.iseeCeiling ?? 0 } };
  const span = BigInt(ceiling - floor);
  return {
    numerator: min * span + (max - min) * BigInt(isee - floor),
    denominator: FULL * span,
    outcome: { kind: 'linear', iseeFloor: tariff.iseeFloor ?? 0, iseeCeiling: tariff.iseeCeiling ?? 0 },
  };
}

function bandShare(tariff: TariffParameters, isee: number): ExactShare {
  const bands = [...(tariff.bands ?? [])].sort((a, b) => a.iseeFrom - b.iseeFrom);
  let index = 0;
  for (let i = 0; i < bands.length; i += 1) if (toCents(bands[i].iseeFrom) <= isee) index = i;
  const band = bands[index];
  return {
    numerator: basisPoints(band.sharePercent, 0),
    denominator: FULL,
    outcome: { kind: 'band', index, band, count: bands.length },
  };
}
