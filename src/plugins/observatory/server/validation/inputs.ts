import type { FieldRule } from './fields';

const CODE = /^[a-z0-9][a-z0-9-]*$/;
const text = (max = 8000): FieldRule => ({ kind: 'string', max });
const year = (required = true): FieldRule => ({ kind: 'integer', min: 2000, max: 2100, required });
const count = (required = true): FieldRule => ({ kind: 'integer', min: 0, max: 10_000_000, required });

/** An objective as the UdP writes it; `area` is an area code, `services` service codes. */
export const OBJECTIVE_RULES: Record<string, FieldRule> = {
  code: { kind: 'string', max: 80, required: true, pattern: CODE },
  periodFrom: year(),
  periodTo: year(),
  area: { kind: 'string', max: 80 },
  name: { kind: 'string', max: 300, required: true },
  summary: text(),
  type: { kind: 'enum', values: ['strategico', 'specifico'], required: true },
  needs: text(),
  target: text(),
  interventions: text(),
  financialResources: text(),
  professionalResources: text(),
  tools: text(),
  outcomeNotes: text(),
  timing: text(2000),
  sortOrder: { kind: 'integer', min: 0, max: 100000 },
  services: { kind: 'codes' },
  /** documentIds of governance decisions (action items) the objective follows from. */
  decisions: { kind: 'codes' },
};

/** An indicator: `objective` is the objective's code; `computation` checked by the shared checker. */
export const INDICATOR_RULES: Record<string, FieldRule> = {
  code: { kind: 'string', max: 80, required: true, pattern: CODE },
  objective: { kind: 'string', max: 80 },
  name: { kind: 'string', max: 300, required: true },
  unit: { kind: 'string', max: 60, required: true },
  description: text(2000),
  method: { kind: 'enum', values: ['manual', 'computed'], required: true },
  computation: { kind: 'any' },
  sortOrder: { kind: 'integer', min: 0, max: 100000 },
};

/** One yearly value of an indicator. */
export const VALUE_RULES: Record<string, FieldRule> = {
  value: { kind: 'number', required: true },
  note: { kind: 'string', max: 500 },
  source: { kind: 'string', max: 300, required: true },
};

/** A demographic row: `municipality` is the comune's ISTAT code or documentId. */
export const DEMOGRAPHIC_RULES: Record<string, FieldRule> = {
  municipality: { kind: 'string', max: 64, required: true },
  year: { kind: 'integer', min: 1900, max: 2100, required: true },
  age0to3: count(),
  age4to14: count(),
  age15to18: count(),
  age19to25: count(),
  age26to64: count(),
  age65to85: count(),
  over85: count(),
  foreignResidents: count(false),
  published: { kind: 'object' },
  figures: { kind: 'object' },
  source: { kind: 'string', max: 300 },
};
