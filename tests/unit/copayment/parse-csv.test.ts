import { parseCsv } from '../../../src/copayment/calculator';

describe('reading the UdP CSV of beneficiaries', () => {
  it('reads comma-separated English headers', () => {
    const { rows, errors } = parseCsv('municipality,isee,householdSize,quantity\n015040,12000.50,3,10\n\nBussero,0,1,4.5\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { municipality: '015040', isee: 12000.5, householdSize: 3, quantity: 10 } },
      { line: 4, values: { municipality: 'Bussero', isee: 0, householdSize: 1, quantity: 4.5 } },
    ]);
  });

  it('reads an Italian spreadsheet: semicolons, decimal comma, accented headers, quotes', () => {
    const { rows, errors } = parseCsv('\uFEFFComune;ISEE;Componenti;Quantità\r\n"Gessate";12.345,67;2;"8"\r\n');
    expect(errors).toEqual([]);
    expect(rows[0].values).toEqual({ municipality: 'Gessate', isee: 12345.67, householdSize: 2, quantity: 8 });
  });

  it('keeps what is not a number as written, for the validator to name', () => {
    const { rows } = parseCsv('comune,isee,componenti,ore\nBussero,-5,two,\n');
    expect(rows[0].values).toEqual({ municipality: 'Bussero', isee: -5, householdSize: 'two', quantity: null });
  });

  it('names a missing column and an empty file', () => {
    expect(parseCsv('comune,isee,ore\nBussero,1,2').errors.map((e) => e.path.join('.'))).toEqual(['csv.1.householdSize']);
    expect(parseCsv('comune,isee,componenti,ore\n').errors.map((e) => e.path.join('.'))).toEqual(['csv']);
  });
});
