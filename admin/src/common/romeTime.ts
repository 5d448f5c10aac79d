/**
 * Times in the district's time zone, Europe/Rome, whatever the browser's: one place that turns
 * instants into what a person reads or types, and back. A meeting typed at 15:00 is 15:00 in Rome
 * from any browser; a day (`YYYY-MM-DD`) is the same day everywhere.
 */
export const DISTRICT_TIME_ZONE = 'Europe/Rome';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The BCP 47 locale for the console's language. */
export function formatLocaleOf(language: string | null | undefined): string {
  return language === 'en' ? 'en-GB' : 'it-IT';
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant as date and time in Rome (26/11/2026, 15:00), or a day as a date; '' for nothing, the text itself if unreadable. */
export function formatRomeDateTime(
  value: string | number | Date | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' }
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DAY.test(value)) return formatRomeDate(value, language);
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(formatLocaleOf(language), { ...options, timeZone: DISTRICT_TIME_ZONE }).format(date);
}

/** A day (`YYYY-MM-DD`, shown as that same day) or an instant (its day in Rome) as a date. */
export function formatRomeDate(
  value: string | number | Date | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'short' }
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DAY.test(value)) {
    // Noon UTC of that day is the same day in Rome.
    return new Intl.DateTimeFormat(formatLocaleOf(language), { ...options, timeZone: DISTRICT_TIME_ZONE }).format(
      new Date(`${value}T12:00:00Z`)
    );
  }
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(formatLocaleOf(language), { ...options, timeZone: DISTRICT_TIME_ZONE }).format(date);
}

/** The wall-clock parts of an instant in Rome. */
function romeParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: DISTRICT_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">` showing Rome's wall clock (`2026-11-26T15:00`). */
export function toRomeInputValue(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && WALL_TIME.test(value)) return value.slice(0, 16);
  const date = toDate(value);
  if (!date) return '';
  const p = romeParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Rome's offset from UTC, in minutes, at an instant (60 in winter, 120 in summer). */
function romeOffsetMinutes(date: Date): number {
  const p = romeParts(date);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** A Rome wall-clock time typed in a `datetime-local` input (`2026-11-26T15:00`) as an ISO instant; null for nothing. */
export function fromRomeInputValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = WALL_TIME.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second || 0);
  // The offset at the wall time read as UTC, corrected once (right on both sides of a DST change).
  let instant = wall - romeOffsetMinutes(new Date(wall)) * 60000;
  instant = wall - romeOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant).toISOString();
}

/** Today's date in Rome (`YYYY-MM-DD`). */
export function romeToday(now: Date = new Date()): string {
  const p = romeParts(now);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
