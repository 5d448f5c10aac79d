import { municipalities } from '../data/municipalities';
import type { SeedDataset } from './types';

/**
 * EXAMPLE DATA: anonymous beneficiaries for the simulations, generated (deterministically, from a fixed
 * seed) in proportion to each comune's residents – no real person behind any row. ISEE values follow a
 * log-normal shape around € 11,000, as for the older and fragile users of these services.
 */
const NOTE =
  'Campione generato per la dimostrazione, senza persone reali: ISEE, nucleo e quantità mensile sono valori plausibili. / Generated for the demonstration, no real person: plausible ISEE, household and monthly quantity values.';

/** Mulberry32: a small seeded generator, so the demo is the same on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const HOUSEHOLD_WEIGHTS: [number, number][] = [
  [1, 0.35],
  [2, 0.35],
  [3, 0.15],
  [4, 0.1],
  [5, 0.05],
];

function householdSize(random: () => number): number {
  let r = random();
  for (const [size, weight] of HOUSEHOLD_WEIGHTS) {
    if (r < weight) return size;
    r -= weight;
  }
  return 1;
}

/** About `total` rows, shared among the comuni by population (at least 5 each). */
function sample(total: number, seed: number, quantity: (random: () => number) => number): SeedDataset['rows'] {
  const random = generator(seed);
  const residents = municipalities.reduce((sum, m) => sum + m.population, 0);
  return municipalities.flatMap((m) => {
    const count = Math.max(5, Math.round((total * m.population) / residents));
    return Array.from({ length: count }, () => {
      const isee = random() < 0.08 ? 0 : Math.min(60000, Math.exp(Math.log(11000) + 0.75 * normal(random)));
      return {
        municipality: m.istatCode,
        isee: Math.round(isee * 100) / 100,
        householdSize: householdSize(random),
        quantity: quantity(random),
      };
    });
  });
}

export const sampleDatasets: SeedDataset[] = [
  {
    name: 'Campione dimostrativo – assistenza domiciliare',
    serviceCode: 'sad-sadh-adh',
    notes: NOTE,
    // 2 to 15 hours a week: 8 to 60 hours a month, in half hours.
    rows: sample(200, 2020, (random) => 8 + Math.round(random() * 104) / 2),
  },
  {
    name: 'Campione dimostrativo – trasporto sociale',
    serviceCode: 'trasporto-sociale',
    notes: NOTE,
    // From a couple of trips a month to daily return trips to a day centre.
    rows: sample(200, 2021, (random) => 2 + Math.round(random() * 42)),
  },
];
