import Holidays from 'date-holidays';
import type { DeadlineRule } from './types';

/**
 * Deadlines are calendar dates (`YYYY-MM-DD`) in Italy. A deadline of n working days counts from the day
 * after the start, skipping Saturdays, Sundays and the national public holidays of date-holidays' `IT`
 * calendar (New Year, Epiphany, Easter Monday, 25 April, 1 May, 2 June, 15 August, 4 October from 2026,
 * 1 November, 8 December, Christmas, St Stephen). A record is overdue from the day after its deadline.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
let calendar: Holidays | undefined;
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let found = holidaysByYear.get(year);
  if (!found) {
    calendar ??= new Holidays('IT');
    const list = calendar.getHolidays(year) || [];
    found = new Set(list.filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)));
    holidaysByYear.set(year, found);
  }
  return found;
}

function toUtc(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a date: ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const format = (date: Date): string => date.toISOString().slice(0, 10);

/** The calendar day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return format(date);
}

/** Not a Saturday, a Sunday or an Italian public holiday. */
export function isWorkingDay(day: string): boolean {
  const date = toUtc(day);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(date.getUTCFullYear()).has(day);
}

/** The `n`-th working day after `day` (the start day itself is not counted). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Today's date in Italy (a transition at 00:30 in Rome on 1 June is on 1 June, whatever the server's zone). */
export function romeDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The due date of a rule counted from `day`. */
export function deadlineFrom(day: string, rule: DeadlineRule): string | null {
  if (typeof rule.workingDays === 'number') return addWorkingDays(day, rule.workingDays);
  if (typeof rule.days === 'number') return addDays(day, rule.days);
  return null;
}

/** Past its deadline: `today` is after the due date. */
export function isOverdue(deadline: string | null | undefined, today: string): boolean {
  return typeof deadline === 'string' && deadline.length >= 10 && today > deadline.slice(0, 10);
}
