import * as ics from 'ics';
import type { EventAttributes } from 'ics';
import { conflict } from '../utils/errors';
import { foldOctets } from './fold-octets';

/** One meeting as a calendar event. Times are instants (ISO, UTC). */
export interface CalendarEvent {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  url: string | null;
  description: string;
  cancelled: boolean;
  sequence: number;
  lastModified: string;
}

/** `isValidURL` is exported by ics but missing from its typings: the pattern its schema checks a URL with. */
const isValidURL = (ics as unknown as { isValidURL(url: string): boolean }).isValidURL;
const TWO_HOURS = 2 * 3600 * 1000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) => text.replace(CONTROL, '');

function toAttributes(event: CalendarEvent, withUrl: boolean): EventAttributes {
  const start = Date.parse(event.startsAt);
  const end = event.endsAt ? Date.parse(event.endsAt) : start + TWO_HOURS;
  return {
    uid: event.uid,
    title: clean(event.title),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    description: clean(event.description),
    ...(event.location ? { location: clean(event.location) } : {}),
    ...(withUrl && event.url ? { url: event.url } : {}),
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: event.sequence,
    lastModified: Date.parse(event.lastModified),
  };
}

/** An iCalendar (RFC 5545) feed of meetings, in UTC, for calendar apps to subscribe to. */
export function buildCalendar(name: string, events: CalendarEvent[]): string {
  const attributes = events.map((event) => toAttributes(event, Boolean(event.url && isValidURL(event.url))));
  const { error, value } = ics.createEvents(attributes, { calName: clean(name), productId: '-//Ambito//Governance//IT' });
  if (error || !value) conflict('calendario non generabile', 'calendar could not be generated');
  return foldOctets(value);
}
