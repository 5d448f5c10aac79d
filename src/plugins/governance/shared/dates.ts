/** Days as the district lives them: in Italy's time zone, whatever the server's. */
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' });

/** The calendar day (`YYYY-MM-DD`) of an instant in Italy. */
export function dayInItaly(instant: string | Date): string {
  return DAY.format(new Date(instant));
}

/** The instant (ISO, UTC) at which `day` begins in Italy (CET or CEST). */
export function midnightInItaly(day: string): string {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${day}T00:00:00${offset}`);
    if (dayInItaly(candidate) === day && HOUR.format(candidate) === '00') return candidate.toISOString();
  }
  return new Date(`${day}T00:00:00Z`).toISOString();
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
