// The browser's zone must not matter: these run as if the console were opened in New York.
process.env.TZ = 'America/New_York';

import { formatRomeDate, formatRomeDateTime, fromRomeInputValue, romeToday, toRomeInputValue } from '../romeTime';

describe('Rome times whatever the browser', () => {
  it('15:00 typed for a meeting is 15:00 in Rome, in winter and in summer', () => {
    expect(fromRomeInputValue('2026-12-10T15:00')).toBe('2026-12-10T14:00:00.000Z');
    expect(fromRomeInputValue('2026-07-10T15:00')).toBe('2026-07-10T13:00:00.000Z');
  });

  it('a stored instant is shown and edited on Rome’s clock', () => {
    expect(toRomeInputValue('2026-12-10T14:00:00.000Z')).toBe('2026-12-10T15:00');
    expect(toRomeInputValue('2026-07-10T13:00:00.000Z')).toBe('2026-07-10T15:00');
    expect(formatRomeDateTime('2026-12-10T14:00:00.000Z', 'it')).toBe('10/12/26, 15:00');
    expect(formatRomeDateTime('2026-12-10T14:00:00.000Z', 'en')).toBe('10/12/2026, 15:00');
  });

  it('typing and reading back round-trips, across the spring and autumn clock changes', () => {
    for (const wall of ['2026-03-29T01:30', '2026-03-29T03:30', '2026-10-25T01:30', '2026-10-25T03:30', '2026-01-01T00:00']) {
      expect(toRomeInputValue(fromRomeInputValue(wall))).toBe(wall);
    }
  });

  it('a day is that day everywhere; an instant late in the evening is still its Rome day', () => {
    expect(formatRomeDate('2026-01-05', 'it')).toBe('05/01/26');
    expect(formatRomeDate('2026-01-05T23:30:00.000Z', 'it')).toBe('06/01/26');
    expect(romeToday(new Date('2026-01-05T23:30:00.000Z'))).toBe('2026-01-06');
  });

  it('nothing stays nothing', () => {
    expect(fromRomeInputValue('')).toBeNull();
    expect(toRomeInputValue(null)).toBe('');
    expect(formatRomeDateTime(undefined, 'it')).toBe('');
  });
});
