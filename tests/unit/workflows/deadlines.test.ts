import { addDays, addWorkingDays, deadlineFrom, isOverdue, isWorkingDay, romeDate } from '../../../src/plugins/workflows/shared';

describe('working days with Italian public holidays', () => {
  it('10 working days from 22 December 2026 skip Christmas, St Stephen, weekends, New Year and Epiphany', () => {
    // 23, 24, (25 Christmas, 26 St Stephen/Sat, 27 Sun) 28, 29, 30, 31, (1 New Year, 2-3 weekend) 4, 5, (6 Epiphany) 7, 8.
    expect(addWorkingDays('2026-12-22', 10)).toBe('2027-01-08');
  });

  it('knows the national holidays, including Easter Monday and 4 October from 2026', () => {
    for (const day of [
      '2026-12-25',
      '2026-12-26',
      '2027-01-01',
      '2027-01-06',
      '2027-03-29',
      '2026-04-25',
      '2026-06-02',
      '2026-08-15',
      '2026-10-04',
      '2026-12-08',
    ]) {
      expect([day, isWorkingDay(day)]).toEqual([day, false]);
    }
    expect(isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve is a working day
    expect(isWorkingDay('2026-12-31')).toBe(true);
  });

  it('Saturdays and Sundays are not working days', () => {
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-11-30')).toBe(true);
  });

  it('counts from the day after the start, whatever day the start is', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday → Monday
    expect(addWorkingDays('2027-03-26', 1)).toBe('2027-03-30'); // Friday before Easter Monday → Tuesday
    expect(addWorkingDays('2026-11-26', 0)).toBe('2026-11-26');
  });

  it('calendar days and rules', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(deadlineFrom('2026-12-22', { workingDays: 10 })).toBe('2027-01-08');
    expect(deadlineFrom('2026-12-22', { days: 10 })).toBe('2027-01-01');
    expect(deadlineFrom('2026-12-22', {})).toBeNull();
  });

  it('a record is overdue from the day after its deadline', () => {
    expect(isOverdue('2027-01-08', '2027-01-08')).toBe(false);
    expect(isOverdue('2027-01-08', '2027-01-09')).toBe(true);
    expect(isOverdue(null, '2027-01-09')).toBe(false);
  });

  it("today is Italy's calendar day, not the server's", () => {
    expect(romeDate(new Date('2026-05-31T22:30:00Z'))).toBe('2026-06-01'); // summer time: UTC+2
    expect(romeDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31'); // winter time: UTC+1
    expect(romeDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
