import { useMemo } from 'react';
import { useFormatLocale } from '../../common/LocaleFields';

/** Euro amounts and percentages written the way the user's language writes them. */
export function useFormatters() {
  const locale = useFormatLocale();
  return useMemo(() => formatters(locale), [locale]);
}

function formatters(locale: string) {
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const signed = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', signDisplay: 'exceptZero' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    euro: (value: number | null | undefined) => (value === null || value === undefined ? '—' : euro.format(value)),
    signedEuro: (value: number) => signed.format(value),
    number: (value: number) => number.format(value),
    percent: (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${number.format(value)} %`),
  };
}
