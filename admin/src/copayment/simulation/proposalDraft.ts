import type { TariffParameters } from '../../../../src/copayment/contracts';

/** A band as typed in the editor (text, so that a half-typed number is kept as it is). */
export interface DraftBand {
  iseeFrom: string;
  iseeTo: string;
  sharePercent: string;
}

/** The editable part of the uniform tariff: the rule's thresholds or bands, and the monthly cap. */
export interface ProposalDraft {
  rule: TariffParameters['rule'];
  bands: DraftBand[];
  iseeFloor: string;
  iseeCeiling: string;
  minSharePercent: string;
  maxSharePercent: string;
  monthlyCap: string;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The editor's starting point: the saved tariff. */
export function draftFromTariff(tariff: Partial<TariffParameters>): ProposalDraft {
  return {
    rule: tariff.rule ?? 'bands',
    bands: (tariff.bands ?? []).map((b) => ({
      iseeFrom: text(b.iseeFrom),
      iseeTo: text(b.iseeTo),
      sharePercent: text(b.sharePercent),
    })),
    iseeFloor: text(tariff.iseeFloor),
    iseeCeiling: text(tariff.iseeCeiling),
    minSharePercent: text(tariff.minSharePercent),
    maxSharePercent: text(tariff.maxSharePercent),
    monthlyCap: text(tariff.monthlyCap),
  };
}

/**
 * A typed amount as a number: "" is null; "12.345,67" and "12345,67" (Italian) and "12345.67" are
 * 12345.67. Anything else is sent as typed, for the server to name the field.
 */
export function parseAmount(typed: string): number | string | null {
  const compact = typed.replace(/\s/g, '');
  if (compact === '') return null;
  const normalized = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  const value = Number(normalized);
  return /^-?\d+(\.\d+)?$/.test(normalized) && Number.isFinite(value) ? value : typed;
}

/** The proposal sent with a simulation (or saved as the tariff): only the fields the editor owns. */
export function proposalFromDraft(draft: ProposalDraft): Partial<Record<keyof TariffParameters, unknown>> {
  const common = { monthlyCap: parseAmount(draft.monthlyCap) };
  if (draft.rule === 'linear') {
    return {
      ...common,
      iseeFloor: parseAmount(draft.iseeFloor),
      iseeCeiling: parseAmount(draft.iseeCeiling),
      minSharePercent: parseAmount(draft.minSharePercent),
      maxSharePercent: parseAmount(draft.maxSharePercent),
    };
  }
  return {
    ...common,
    bands: draft.bands.map((b) => ({
      iseeFrom: parseAmount(b.iseeFrom),
      iseeTo: parseAmount(b.iseeTo),
      sharePercent: parseAmount(b.sharePercent),
    })),
  };
}

/** Whether the draft differs from the saved tariff. */
export function isChanged(draft: ProposalDraft, saved: Partial<TariffParameters>): boolean {
  return JSON.stringify(proposalFromDraft(draft)) !== JSON.stringify(proposalFromDraft(draftFromTariff(saved)));
}

/** A new band after the last one: it starts where the last ends (closing it there if it was open). */
export function addBand(draft: ProposalDraft): ProposalDraft {
  const bands = [...draft.bands];
  const last = bands[bands.length - 1];
  if (!last) return { ...draft, bands: [{ iseeFrom: '0', iseeTo: '', sharePercent: '0' }] };
  const from = Number(parseAmount(last.iseeFrom) ?? 0);
  const start = last.iseeTo !== '' ? last.iseeTo : String(from + 5000);
  bands[bands.length - 1] = { ...last, iseeTo: start };
  bands.push({ iseeFrom: start, iseeTo: '', sharePercent: last.sharePercent });
  return { ...draft, bands };
}

/** Field errors of a refused proposal, by path within the tariff (`bands.1.iseeFrom`), without `proposal.`. */
export function proposalErrors(errors: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (key === 'root' || typeof value !== 'string') continue;
    result[key.replace(/^proposal\./, '')] = value;
  }
  return result;
}
