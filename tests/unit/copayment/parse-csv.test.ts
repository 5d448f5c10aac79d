import { parseCsv } from '../../../src/copayment/calculator';
import { labelCsvErrors } from '../../../src/copayment/calculator/parse-csv';
import { fieldError } from '../../../src/copayment/calculator/field-checks';

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

describe('the CSV is read by a CSV parser', () => {
  it('keeps a quoted separator inside its cell and drops the BOM before the first header', () => {
    const { rows, errors, labels } = parseCsv(
      '\uFEFFComune;ISEE;Componenti;Ore\r\n"Cassina de\' Pecchi; frazione Sant\'Agata";"12.345,67";2;8\r\n'
    );
    expect(errors).toEqual([]);
    expect(labels.municipality).toBe('Comune');
    expect(rows).toEqual([
      {
        line: 2,
        values: { municipality: "Cassina de' Pecchi; frazione Sant'Agata", isee: 12345.67, householdSize: 2, quantity: 8 },
      },
    ]);
  });

  it('counts lines as the file has them, a quoted line break included', () => {
    const { rows } = parseCsv('comune,isee,componenti,ore\n"Bussero\nnord",1,1,1\n\nGessate,2,2,2\n');
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('names the line of an unclosed quote instead of failing', () => {
    const { errors } = parseCsv('comune,isee,componenti,ore\nBussero,1,1,1\n"Gessate,2,2,2\n');
    expect(errors.map((e) => e.path.join('.'))).toEqual(['csv.3']);
    expect(errors[0].message).toMatch(/virgolette.*\/.*quotes/);
  });
});

describe('CSV errors name the row and the column as the file labels it', () => {
  it('rewrites cell errors with the header label, in Italian and English', () => {
    const [labelled] = labelCsvErrors([fieldError(['csv', '3', 'isee'], 'non può essere negativo', 'cannot be negative')], {
      isee: 'ISEE',
    });
    expect(labelled.path).toEqual(['csv', '3', 'isee']);
    expect(labelled.message).toBe('riga 3, colonna «ISEE»: non può essere negativo / row 3, column "ISEE": cannot be negative');
  });
});
