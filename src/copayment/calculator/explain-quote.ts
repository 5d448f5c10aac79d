import { formatEuro, formatNumber, formatPercent, type Language } from './money';
import type { QuoteBreakdown, RoundingMode, RuleOutcome, Unit } from './types';

/** What the explanation names besides the numbers. */
export interface ExplanationContext {
  scheme: 'municipal' | 'uniform';
  /** true when the comune has no tariff of its own and the uniform one applies by default. */
  fallback: boolean;
  municipalityName: string;
  regulationName: string;
  validFrom: string;
  serviceName: Record<Language, string>;
}

export type Bilingual = Record<Language, string>;

const UNIT_WORDS: Record<Unit, Record<Language, [string, string]>> = {
  hour: { it: ['ora', 'ore'], en: ['hour', 'hours'] },
  trip: { it: ['viaggio', 'viaggi'], en: ['trip', 'trips'] },
  day: { it: ['giorno', 'giorni'], en: ['day', 'days'] },
  month: { it: ['mese', 'mesi'], en: ['month', 'months'] },
};

const ROUNDING_WORDS: Record<RoundingMode, Bilingual> = {
  cent: { it: 'al centesimo', en: 'to the cent' },
  'down-10-cents': { it: 'per difetto ai 10 centesimi', en: 'down to 10 cents' },
  'nearest-10-cents': { it: 'ai 10 centesimi più vicini', en: 'to the nearest 10 cents' },
  'down-euro': { it: "per difetto all'euro", en: 'down to the euro' },
  'nearest-euro': { it: "all'euro più vicino", en: 'to the nearest euro' },
};

/** The quote told step by step, naming the tariff, the rule and the band, in Italian and in English. */
export function explainQuote(breakdown: QuoteBreakdown, context: ExplanationContext): Bilingual {
  return { it: explainIn('it', breakdown, context), en: explainIn('en', breakdown, context) };
}

function explainIn(l: Language, b: QuoteBreakdown, c: ExplanationContext): string {
  const euro = (cents: number) => formatEuro(cents, l);
  const [one, many] = UNIT_WORDS[b.unit][l];
  const date = c.validFrom.split('-').reverse().join('/');
  const it = l === 'it';
  const parts: string[] = [];

  const tariff =
    c.scheme === 'municipal'
      ? it
        ? `Tariffa comunale di ${c.municipalityName}`
        : `Municipal tariff of ${c.municipalityName}`
      : it
        ? 'Tariffa uniforme distrettuale (proposta)'
        : 'Uniform district tariff (proposal)';
  parts.push(
    `${tariff} («${c.regulationName}», ${it ? 'in vigore dal' : 'in force from'} ${date}), ${c.serviceName[l]}: ` +
      `${it ? 'costo' : 'cost'} ${euro(b.unitCostCents)} ${it ? 'per' : 'per'} ${one}.`
  );
  if (c.fallback) {
    parts.push(
      it
        ? `Il Comune di ${c.municipalityName} non ha una tariffa propria per questo servizio: si applica quella uniforme.`
        : `The comune of ${c.municipalityName} has no tariff of its own for this service: the uniform one applies.`
    );
  }
  parts.push(iseeSentence(l, b));
  parts.push(ruleSentence(l, b.outcome, b.shareBasisPoints));
  parts.push(
    it
      ? `Quota del cittadino per ${one} ${euro(b.unitShareCents)} (arrotondamento ${ROUNDING_WORDS[b.rounding].it}) × ${formatNumber(b.quantityHundredths / 100, l)} ${many} = ${euro(b.citizenBeforeCapCents)}.`
      : `Citizen's amount per ${one} ${euro(b.unitShareCents)} (rounded ${ROUNDING_WORDS[b.rounding].en}) × ${formatNumber(b.quantityHundredths / 100, l)} ${many} = ${euro(b.citizenBeforeCapCents)}.`
  );
  if (b.capCents !== null) {
    if (b.capped) {
      parts.push(it ? `Tetto mensile di ${euro(b.capCents)} raggiunto.` : `Monthly cap of ${euro(b.capCents)} reached.`);
    } else {
      parts.push(it ? `Tetto mensile di ${euro(b.capCents)} non raggiunto.` : `Monthly cap of ${euro(b.capCents)} not reached.`);
    }
  }
  parts.push(
    it
      ? `A carico del cittadino ${euro(b.citizenCents)}; a carico del Comune ${euro(b.municipalityCents)} (costo totale ${euro(b.grossCents)}).`
      : `Citizen pays ${euro(b.citizenCents)}; the comune pays ${euro(b.municipalityCents)} (total cost ${euro(b.grossCents)}).`
  );
  return parts.join(' ');
}

function iseeSentence(l: Language, b: QuoteBreakdown): string {
  const euro = (cents: number) => formatEuro(cents, l);
  if (b.factorHouseholdSize === null || b.coefficientThousandths === 1000) {
    return l === 'it' ? `ISEE ${euro(b.iseeCents)}.` : `ISEE ${euro(b.iseeCents)}.`;
  }
  const coefficient = formatNumber(b.coefficientThousandths / 1000, l, 3);
  return l === 'it'
    ? `ISEE ${euro(b.iseeCents)} ÷ fattore famiglia ${coefficient} (nucleo di ${b.factorHouseholdSize} o più componenti) = ISEE di riferimento ${euro(b.adjustedIseeCents)}.`
    : `ISEE ${euro(b.iseeCents)} ÷ family factor ${coefficient} (household of ${b.factorHouseholdSize} or more) = reference ISEE ${euro(b.adjustedIseeCents)}.`;
}

function ruleSentence(l: Language, outcome: RuleOutcome, shareBasisPoints: number): string {
  const euro = (value: number) => formatEuro(Math.round(value * 100), l);
  const share = formatPercent(shareBasisPoints, l);
  const it = l === 'it';
  switch (outcome.kind) {
    case 'exempt':
      return it
        ? `Regola lineare – fascia di esenzione: ISEE di riferimento sotto la soglia di ${euro(outcome.iseeFloor)}, quota ${share}.`
        : `Linear rule – exemption band: reference ISEE below the threshold of ${euro(outcome.iseeFloor)}, share ${share}.`;
    case 'linear':
      return it
        ? `Regola lineare – fascia intermedia tra ${euro(outcome.iseeFloor)} (esenzione) e ${euro(outcome.iseeCeiling)} (tariffa piena): quota interpolata ${share} del costo.`
        : `Linear rule – intermediate band between ${euro(outcome.iseeFloor)} (exemption) and ${euro(outcome.iseeCeiling)} (full tariff): interpolated share ${share} of the cost.`;
    case 'full':
      return it
        ? `Regola lineare – fascia della tariffa piena: ISEE di riferimento pari o superiore a ${euro(outcome.iseeCeiling)}, quota ${share} del costo.`
        : `Linear rule – full-tariff band: reference ISEE at or above ${euro(outcome.iseeCeiling)}, share ${share} of the cost.`;
    case 'band': {
      const { band, index, count } = outcome;
      const range =
        band.iseeTo === null
          ? it
            ? `da ${euro(band.iseeFrom)} in su`
            : `from ${euro(band.iseeFrom)} up`
          : it
            ? `da ${euro(band.iseeFrom)} a meno di ${euro(band.iseeTo)}`
            : `from ${euro(band.iseeFrom)} to under ${euro(band.iseeTo)}`;
      return it
        ? `Regola a fasce ISEE – fascia ${index + 1} di ${count} (${range}): quota ${share} del costo.`
        : `ISEE band rule – band ${index + 1} of ${count} (${range}): share ${share} of the cost.`;
    }
  }
}
