/**
 * Calendar dates as `YYYY-MM-DD` strings, computed the same way in Node and in the browser.
 * "Today" is the date in Italy (Europe/Rome), whatever the time zone of the machine.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

let romeFormat: Intl.DateTimeFormat | undefined;
let lastHour: number | undefined;
let lastDate: string | undefined;

/** The date in Europe/Rome of an instant, `YYYY-MM-DD`. */
export function romeDate(now: Date): string {
  // Since 1893 Italy's offset from UTC is a whole number of hours: within one UTC hour the date in Rome
  // is the same, so the last one is kept ("today" is asked for at every condition that reads it).
  const hour = Math.floor(now.getTime() / 3_600_000);
  if (hour === lastHour && lastDate !== undefined) return lastDate;
  // Made once: building an Intl.DateTimeFormat costs far more than formatting with it.
  romeFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = romeFormat.formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  if (hour >= 0) {
    lastHour = hour;
    lastDate = date;
  }
  return date;
}

/** Year, month, day of a date (or of the date part of a date-time); null when it is not a real date. */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Whole years from `birth` to `at` (both dates); null when either is not a date. */
export function wholeYearsBetween(birth: unknown, at: unknown): number | null {
  const from = parseIsoDate(birth);
  const to = parseIsoDate(at);
  if (!from || !to) return null;
  let years = to.year - from.year;
  if (to.month < from.month || (to.month === from.month && to.day < from.day)) years -= 1;
  return years;
}

/** Days from `from` to `to` (negative when `to` comes first); null when either is not a date. */
export function daysBetween(from: unknown, to: unknown): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  const ms = Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day);
  return Math.round(ms / 86_400_000);
}
