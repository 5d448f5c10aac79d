/** `YYYY-MM-DD` as a local date in the user's language (no time-zone shift). */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const [year, month, date] = day.slice(0, 10).split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'medium' }).format(
    new Date(year, month - 1, date)
  );
}

/** An ISO timestamp as date and time in the user's language, Italian time. */
export function formatMoment(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(at);
}
