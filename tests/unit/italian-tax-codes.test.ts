import { isValidFiscalCode, isValidPersonFiscalCode, isValidVatNumber } from '../../src/validation/italian-tax-codes';

describe('Italian VAT numbers (partita IVA)', () => {
  it('accepts numbers whose check digit is right', () => {
    // 0711940015x: computed check digit; 12345678903 is the textbook example.
    expect(isValidVatNumber('12345678903')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length, letters and all zeros', () => {
    expect(isValidVatNumber('12345678901')).toBe(false);
    expect(isValidVatNumber('1234567890')).toBe(false);
    expect(isValidVatNumber('123456789031')).toBe(false);
    expect(isValidVatNumber('1234567890A')).toBe(false);
    expect(isValidVatNumber('00000000000')).toBe(false);
  });

  it('detects every single-digit change of a valid number', () => {
    const valid = '12345678903';
    for (let i = 0; i < 11; i += 1) {
      const digit = Number(valid[i]);
      const changed = `${valid.slice(0, i)}${(digit + 1) % 10}${valid.slice(i + 1)}`;
      expect(isValidVatNumber(changed)).toBe(false);
    }
  });
});

describe('codice fiscale of a person', () => {
  it('accepts a well-formed code with the right check letter, in any case', () => {
    expect(isValidPersonFiscalCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidPersonFiscalCode('rssmra85t10a562s')).toBe(true);
  });

  it('accepts omocodia variants (digits replaced by letters) with their own check letter', () => {
    expect(isValidPersonFiscalCode('RSSMRA85T10A56NH')).toBe(true);
  });

  it('rejects a wrong check letter or a malformed code', () => {
    expect(isValidPersonFiscalCode('RSSMRA85T10A562T')).toBe(false);
    expect(isValidPersonFiscalCode('RSSMRA85Z10A562S')).toBe(false);
    expect(isValidPersonFiscalCode('RSSMRA85T10A562')).toBe(false);
  });

  it('an organisation may use either an 11-digit code or a personal one', () => {
    expect(isValidFiscalCode('12345678903')).toBe(true);
    expect(isValidFiscalCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidFiscalCode('12345678900')).toBe(false);
  });
});
