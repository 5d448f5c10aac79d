import { DISTRICT_TIME_ZONE } from './romeTime';
import { DateField, NumberField, useLocaleState, type DateFieldProps, type NumberFieldProps } from 'react-admin';

/** The BCP 47 locale for dates and numbers in the user's language. */
export function useFormatLocale(): string {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'it-IT';
}

/** A day stays that day; an instant is read on Rome's clock. */
const toDisplayDate = (value: unknown): Date => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T12:00:00Z`);
  return new Date(value as string | number);
};

/** A date (or with `showTime` a date and time) the way the user's language writes it, in Rome's time zone whatever the browser's. */
export const LocaleDateField = ({ showTime, options, ...props }: DateFieldProps) => (
  <DateField
    locales={useFormatLocale()}
    transform={toDisplayDate}
    showTime={showTime}
    options={{ ...(showTime ? { dateStyle: 'short', timeStyle: 'short' } : {}), ...options, timeZone: DISTRICT_TIME_ZONE }}
    {...props}
  />
);

/** An amount in euro, in the user's language (€ 1.234,50 / €1,234.50). */
export const EuroField = (props: NumberFieldProps) => (
  <NumberField locales={useFormatLocale()} options={{ style: 'currency', currency: 'EUR' }} {...props} />
);

/** A whole number with the user's language digit grouping. */
export const LocaleNumberField = (props: NumberFieldProps) => <NumberField locales={useFormatLocale()} {...props} />;
