/**
 * Date-time fields are stored in RFC 3339 with seconds and offset (`2024-03-01T09:30:00+01:00`);
 * the browser's `datetime-local` input reads and writes `2024-03-01T09:30` in local time.
 */

const pad = (value: number) => String(Math.abs(Math.trunc(value))).padStart(2, '0');

/** `2024-03-01T09:30` (local time) → `2024-03-01T09:30:00+01:00`; other text is returned as it is. */
export function localInputToRfc3339(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi, s = '00'] = match;
  const local = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(local.getTime())) return value;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** An RFC 3339 instant → `YYYY-MM-DDTHH:mm` in local time, for a `datetime-local` input; '' when unreadable. */
export function rfc3339ToLocalInput(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
