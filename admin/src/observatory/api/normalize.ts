import {
  AGE_BANDS,
  INDEX_KEYS,
  type AgeBand,
  type DashboardData,
  type DemographicIndex,
  type DemographicRow,
  type Indicator,
  type IndicatorValue,
  type IndexKey,
  type Objective,
  type Ref,
} from './types';

/**
 * The server's JSON → the console's types, in one place, tolerant of the spellings the observatory
 * API may use (flat or nested bands, `kind` or `definition.kind`, ...). Pure: unit-tested.
 */
type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : value == null ? null : String(value));
const num = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
};

export function toRef(value: unknown): Ref | null {
  if (!isObject(value)) return null;
  const documentId = text(value.documentId ?? value.code ?? value.id);
  if (!documentId) return null;
  return {
    documentId,
    name: text(value.name) ?? documentId,
    code: text(value.code) ?? undefined,
    istatCode: text(value.istatCode) ?? undefined,
  };
}

export function toIndicatorValue(raw: unknown): IndicatorValue | null {
  if (!isObject(raw)) return null;
  const year = num(raw.year);
  if (year === null) return null;
  return { year, value: num(raw.value), source: text(raw.source), note: text(raw.note) };
}

export function toIndicator(raw: Raw): Indicator {
  const documentId = String(raw.documentId ?? raw.id);
  const definition = isObject(raw.definition) ? raw.definition : {};
  const kindRaw = text(raw.method ?? raw.kind ?? definition.kind ?? definition.type);
  const values = (Array.isArray(raw.values) ? raw.values : Array.isArray(raw.yearlyValues) ? raw.yearlyValues : [])
    .map(toIndicatorValue)
    .filter((v): v is IndicatorValue => v !== null)
    .sort((a, b) => a.year - b.year);
  return {
    id: documentId,
    documentId,
    name: text(raw.name) ?? documentId,
    code: text(raw.code),
    unit: text(raw.unit),
    kind: kindRaw === 'manual' ? 'manual' : kindRaw ? 'computed' : 'manual',
    description: text(raw.description ?? definition.description),
    objective: toRef(raw.objective),
    computation: isObject(raw.computation) ? (raw.computation as unknown as Indicator['computation']) : null,
    sortOrder: num(raw.sortOrder) ?? 0,
    values,
  };
}

export function toObjective(raw: Raw): Objective {
  const documentId = String(raw.documentId ?? raw.id);
  const from = text(raw.periodFrom ?? raw.from);
  const to = text(raw.periodTo ?? raw.to);
  const periodRaw = raw.period ?? raw.programmingPeriod;
  const period = isObject(periodRaw)
    ? (text(periodRaw.label) ??
      [text(periodRaw.from ?? periodRaw.start), text(periodRaw.to ?? periodRaw.end)].filter(Boolean).join('-'))
    : (text(periodRaw) ?? [from, to].filter(Boolean).join('-'));
  return {
    id: documentId,
    documentId,
    name: text(raw.name) ?? documentId,
    code: text(raw.code),
    summary: text(raw.summary),
    type: raw.type === 'strategico' ? 'strategico' : 'specifico',
    period,
    area: toRef(raw.area),
    needs: text(raw.needs),
    target: text(raw.target),
    interventions: text(raw.interventions),
    actors: text(raw.actors),
    financialResources: text(raw.financialResources),
    professionalResources: text(raw.professionalResources),
    tools: text(raw.tools),
    timing: text(raw.timing),
    outcomeNotes: text(raw.outcomeNotes),
    periodFrom: num(isObject(periodRaw) ? periodRaw.from : raw.periodFrom),
    periodTo: num(isObject(periodRaw) ? periodRaw.to : raw.periodTo),
    sortOrder: num(raw.sortOrder) ?? 0,
    services: (Array.isArray(raw.services) ? raw.services : []).map(toRef).filter((r): r is Ref => r !== null),
    decisions: (Array.isArray(raw.decisions) ? raw.decisions : [])
      .filter(isObject)
      .map((d) => toRef({ documentId: d.documentId, name: d.text ?? d.name }))
      .filter((r): r is Ref => r !== null),
    indicators: (Array.isArray(raw.indicators) ? raw.indicators : []).filter(isObject).map(toIndicator),
  };
}

/** Flat spellings of a band, besides the band itself as key (`0-3`) inside `bands`. */
const FLAT_BAND_KEYS: Record<AgeBand, string[]> = {
  '0-3': ['age0to3', 'age0_3', 'band0to3'],
  '4-14': ['age4to14', 'age4_14', 'band4to14'],
  '15-18': ['age15to18', 'age15_18', 'band15to18'],
  '19-25': ['age19to25', 'age19_25', 'band19to25'],
  '26-64': ['age26to64', 'age26_64', 'band26to64'],
  '65-85': ['age65to85', 'age65_85', 'band65to85'],
  over85: ['over85', 'ageOver85', 'age85plus', 'band85plus', '85+'],
};

function band(raw: Raw, key: AgeBand): number | null {
  const nested = isObject(raw.bands) ? raw.bands : isObject(raw.ageBands) ? raw.ageBands : {};
  for (const candidate of [key, ...FLAT_BAND_KEYS[key]]) {
    if (candidate in nested) return num(nested[candidate]);
    if (candidate in raw) return num(raw[candidate]);
  }
  return null;
}

function demographicIndex(raw: Raw, key: IndexKey): DemographicIndex {
  const indices = isObject(raw.indices) ? raw.indices : {};
  const value = indices[key];
  if (isObject(value)) {
    const computed = num(value.computed);
    const published = num(value.published);
    const difference = num(value.difference) ?? (computed !== null && published !== null ? round1(computed - published) : null);
    return { computed, published, difference };
  }
  const published = isObject(raw.published) ? num(raw.published[key]) : num(raw[`${key}Published`]);
  const computed = num(value ?? raw[key]);
  return { computed, published, difference: computed !== null && published !== null ? round1(computed - published) : null };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function toDemographicRow(raw: Raw): DemographicRow {
  const documentId = String(raw.documentId ?? raw.id ?? `district-${String(raw.year)}`);
  const bands = Object.fromEntries(AGE_BANDS.map((key) => [key, band(raw, key)])) as Record<AgeBand, number | null>;
  const indices = Object.fromEntries(INDEX_KEYS.map((key) => [key, demographicIndex(raw, key)])) as Record<
    IndexKey,
    DemographicIndex
  >;
  return {
    id: documentId,
    documentId,
    municipality: toRef(raw.municipality),
    year: num(raw.year) ?? 0,
    total: num(raw.total) ?? 0,
    bands,
    indices,
    foreignResidents: num(raw.foreignResidents),
    source: text(raw.source),
  };
}

function counts<T>(value: unknown, map: (raw: Raw) => T | null): T[] {
  return (Array.isArray(value) ? value : [])
    .filter(isObject)
    .map(map)
    .filter((v): v is T => v !== null);
}

/**
 * The dashboard's `intakes` block: `{ total, byNeed: [{ need, count }], byMunicipality: [{ municipality
 * (documentId), name, istatCode, count }], byMonth: [{ month: 'YYYY-MM', count }] }`.
 */
export function toDashboard(raw: unknown): DashboardData {
  const root = isObject(raw) ? raw : {};
  const intakes = isObject(root.intakes) ? root.intakes : root;
  const byNeed = counts(intakes.byNeed, (r) => {
    const need = text(r.need ?? r.key ?? r.code);
    return need ? { need, label: (isObject(r.label) ? r.label : text(r.label)) ?? null, count: num(r.count) ?? 0 } : null;
  });
  const byMunicipality = counts(intakes.byMunicipality, (r) => {
    const ref = toRef(r.municipality);
    const documentId = ref?.documentId ?? text(r.municipality ?? r.documentId);
    if (!documentId) return null;
    return {
      municipality: {
        documentId,
        name: ref?.name ?? text(r.name) ?? documentId,
        istatCode: ref?.istatCode ?? text(r.istatCode) ?? undefined,
      },
      count: num(r.count) ?? 0,
    };
  });
  const byMonth = counts(intakes.byMonth, (r) => {
    const month = text(r.month);
    return month ? { month: month.slice(0, 7), count: num(r.count) ?? 0 } : null;
  });
  return { intakes: num(intakes.total ?? intakes.count), byNeed, byMunicipality, byMonth };
}
