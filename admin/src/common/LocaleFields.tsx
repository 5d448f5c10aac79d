import { DateField, NumberField, useLocaleState, type DateFieldProps, type NumberFieldProps } from 'react-admin';

/** The BCP 47 locale for dates and numbers in the user's language. */
export function useFormatLocale(): string {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'it-IT';
}

/** A date written the way the user's language writes it (26/11/2026). */
export const LocaleDateField = (props: DateFieldProps) => <DateField locales={useFormatLocale()} {...props} />;

/** An amount in euro, in the user's language (€ 1.234,50 / €1,234.50). */
export const EuroField = (props: NumberFieldProps) => (
  <NumberField locales={useFormatLocale()} options={{ style: 'currency', currency: 'EUR' }} {...props} />
);

/** A whole number with the user's language digit grouping. */
export const LocaleNumberField = (props: NumberFieldProps) => <NumberField locales={useFormatLocale()} {...props} />;
