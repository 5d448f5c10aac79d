import { dayInItaly, midnightInItaly, nextDay } from '../../../src/plugins/governance/shared';

describe("days in Italy's time zone", () => {
  it('a meeting at 00:30 in Rome is on that day, whatever UTC says', () => {
    expect(dayInItaly('2026-03-12T23:30:00Z')).toBe('2026-03-13');
    expect(dayInItaly('2026-07-01T21:59:00Z')).toBe('2026-07-01');
  });

  it('midnight is 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(midnightInItaly('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(midnightInItaly('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(midnightInItaly('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
  });

  it('the next day crosses months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
