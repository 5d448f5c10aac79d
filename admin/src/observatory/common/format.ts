import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { useFormatLocale } from '../../common/LocaleFields';
import type { Bilingual } from '../api/types';

/** Numbers, shares and month names the way the user's language writes them. */
export function useObservatoryFormat() {
  const locale = useFormatLocale();
  const [language] = useLocaleState();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      integer: (n: number | null | undefined) => (n === null || n === undefined ? '—' : integer.format(n)),
      decimal: (n: number | null | undefined) => (n === null || n === undefined ? '—' : decimal.format(n)),
      oneDecimal: (n: number | null | undefined) => (n === null || n === undefined ? '—' : oneDecimal.format(n)),
      signed: (n: number | null | undefined) => (n === null || n === undefined ? '—' : signed.format(n)),
      share: (n: number) => `${oneDecimal.format(n)} %`,
      /** `2026-03` → "mar 2026" */
      month: (yyyyMm: string) => {
        const [y, m] = yyyyMm.split('-').map(Number);
        return Number.isFinite(y) && Number.isFinite(m) ? month.format(new Date(Date.UTC(y, m - 1, 1))) : yyyyMm;
      },
      /** A server text in the user's language. */
      text: (value: Bilingual | null | undefined) =>
        value == null
          ? ''
          : typeof value === 'string'
            ? value
            : ((language === 'en' ? value.en : value.it) ?? value.it ?? value.en ?? ''),
    };
  }, [locale, language]);
}
