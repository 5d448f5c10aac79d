import { fiscalCodeOf } from '../../src/seed/cases/fake-people';
import { isValidPersonFiscalCode } from '../../src/validation/italian-tax-codes';

describe('fake people of the case-file demo data', () => {
  it('get codici fiscali that pass the checksum', () => {
    const code = fiscalCodeOf({ firstName: 'Anna', lastName: 'Prova', birthDate: '1980-03-15', sex: 'F', cadastralCode: 'B292' });
    expect(code).toMatch(/^PRVNNA80C55B292[A-Z]$/);
    expect(isValidPersonFiscalCode(code)).toBe(true);
    for (let v = 0; v < 100; v += 7) {
      expect(
        isValidPersonFiscalCode(
          fiscalCodeOf({ firstName: 'Marco', lastName: 'Esempio', birthDate: '2001-12-01', sex: 'M', cadastralCode: 'B850' }, v)
        )
      ).toBe(true);
    }
  });
});
