/**
 * Demographic indices computed from the age bands of Tabella 1 (0-3, 4-14, 15-18, 19-25, 26-64, 65-85,
 * over 85), as ISTAT defines them. The bands end at 85, so the share over 80 cannot be derived from them:
 * the share over 85 is computed instead and the published over-80 share is kept beside it.
 */
export interface AgeBands {
  age0to3: number;
  age4to14: number;
  age15to18: number;
  age19to25: number;
  age26to64: number;
  age65to85: number;
  over85: number;
}

export const BAND_KEYS: (keyof AgeBands)[] = [
  'age0to3',
  'age4to14',
  'age15to18',
  'age19to25',
  'age26to64',
  'age65to85',
  'over85',
];

/** The published values a row may carry, per index. */
export type IndexKey = 'ageingIndex' | 'structuralDependencyIndex' | 'over80Share' | 'over85Share' | 'foreignIncidence';

export interface IndexValue {
  /** Computed from the bands (null when the bands cannot give it). */
  computed: number | null;
  /** As published in the programming document (null when it gives none). */
  published: number | null;
  /** computed − published, rounded to 2 decimals (null unless both exist). */
  difference: number | null;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const totalOf = (b: AgeBands): number => BAND_KEYS.reduce((sum, key) => sum + b[key], 0);

/** Over 65 / 0-14 × 100. */
export function ageingIndex(b: AgeBands): number | null {
  const young = b.age0to3 + b.age4to14;
  return young === 0 ? null : round(((b.age65to85 + b.over85) / young) * 100);
}

/** (0-14 + over 65) / 15-64 × 100. */
export function structuralDependencyIndex(b: AgeBands): number | null {
  const active = b.age15to18 + b.age19to25 + b.age26to64;
  return active === 0 ? null : round(((b.age0to3 + b.age4to14 + b.age65to85 + b.over85) / active) * 100);
}

/** Over 85 / total × 100. */
export function over85Share(b: AgeBands): number | null {
  const total = totalOf(b);
  return total === 0 ? null : round((b.over85 / total) * 100);
}

/** Foreign residents / total × 100. */
export function foreignIncidence(b: AgeBands, foreignResidents: number | null | undefined): number | null {
  const total = totalOf(b);
  return foreignResidents === null || foreignResidents === undefined || total === 0
    ? null
    : round((foreignResidents / total) * 100);
}

const pair = (computed: number | null, published: unknown): IndexValue => {
  const p = typeof published === 'number' ? published : null;
  return { computed, published: p, difference: computed !== null && p !== null ? round(computed - p) : null };
};

/** Every index of a row, computed beside the published value and their difference. */
export function indicesOf(
  b: AgeBands,
  foreignResidents: number | null | undefined,
  published: Record<string, unknown> | null
): Record<IndexKey, IndexValue> {
  const pub = published ?? {};
  return {
    ageingIndex: pair(ageingIndex(b), pub.ageingIndex),
    structuralDependencyIndex: pair(structuralDependencyIndex(b), pub.structuralDependencyIndex),
    over80Share: pair(null, pub.over80Share),
    over85Share: pair(over85Share(b), pub.over85Share),
    foreignIncidence: pair(foreignIncidence(b, foreignResidents), pub.foreignIncidence),
  };
}
