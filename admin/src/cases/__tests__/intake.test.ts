import { beneficiaryPayload, casePayload, romeToday } from '../model/intake';
import { intakePrefill } from '../model/intakePrefill';
import { validateFiscalCode } from '../model/fiscalCode';
import { pickLabel } from '../model/labels';
import { pickFields } from '../model/pick';

describe('the intake of a walk-in citizen', () => {
  it('creates a beneficiary from the filled person fields only, fiscal code in capitals', () => {
    expect(
      beneficiaryPayload({
        firstName: ' Prova ',
        lastName: 'Rossi',
        fiscalCode: 'rssprv80a01b300x',
        phone: '',
        municipality: 'm1',
        service: 's1',
      })
    ).toEqual({ firstName: 'Prova', lastName: 'Rossi', fiscalCode: 'RSSPRV80A01B300X', municipality: 'm1' });
  });

  it('reuses a person already registered', () => {
    expect(beneficiaryPayload({ existingBeneficiary: 'b1', firstName: 'ignored' })).toBeNull();
  });

  it('opens the case today in the comune of the front desk, without empty fields', () => {
    expect(casePayload({ municipality: 'm1', service: 's1', summary: '  ' }, 'b1', '2026-11-26')).toEqual({
      beneficiary: 'b1',
      municipality: 'm1',
      status: 'open',
      openedAt: '2026-11-26',
      service: 's1',
    });
  });

  it("takes today's date in Rome, not in the browser's zone", () => {
    expect(romeToday(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(romeToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('starts the intake record from what the case file knows', () => {
    const prefill = intakePrefill(
      { id: 'c1', municipality: 'm1' },
      { id: 'b1', firstName: 'Prova', lastName: 'Rossi', fiscalCode: '', municipality: 'm2', phone: '333 1234567' },
      '2026-11-26'
    );
    expect(prefill).toEqual({
      accessDate: '2026-11-26',
      municipality: 'm1',
      firstName: 'Prova',
      lastName: 'Rossi',
      phone: '333 1234567',
      residence: 'm2',
    });
  });
});

describe('small helpers of the case pages', () => {
  it('checks the fiscal code checksum and leaves an empty one to the required rule', () => {
    expect(validateFiscalCode('RSSMRA80A01F205X')).toBeUndefined();
    expect(validateFiscalCode('rssmra80a01f205x')).toBeUndefined();
    expect(validateFiscalCode('RSSMRA80A01F205Y')).toBe('cases.validation.fiscalCode');
    expect(validateFiscalCode('')).toBeUndefined();
  });

  it('picks the label in the language of the user, falling back to the other', () => {
    expect(pickLabel({ it: 'Analisi', en: 'Analysis' }, 'en')).toBe('Analysis');
    expect(pickLabel({ it: 'Analisi', en: '' }, 'en')).toBe('Analisi');
    expect(pickLabel('segretariato', 'it')).toBe('segretariato');
    expect(pickLabel(null, 'it')).toBe('');
  });

  it('sends only the editable fields of a record', () => {
    expect(
      pickFields({ code: 'C-2026-00001', summary: 'x', status: 'closed', housingScore: 3, area: undefined }, [
        'summary',
        'status',
        'area',
      ])
    ).toEqual({
      summary: 'x',
      status: 'closed',
    });
  });
});
