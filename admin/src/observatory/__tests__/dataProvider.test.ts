import { page, toQuery } from '../api/observatoryDataProvider';
import { periodProblem } from '../evaluation/period';
import { filenameOf, queryString } from '../api/query';

describe('the observatory data provider', () => {
  it('turns a programming period into the from/to years the API filters by', () => {
    expect(toQuery({ filter: { period: '2015-2017', type: 'specifico' } }).filters).toEqual({
      type: 'specifico',
      from: '2015',
      to: '2017',
    });
    expect(toQuery({ filter: { municipality: 'm1' } }).filters).toEqual({ municipality: 'm1' });
  });

  it('sorts and pages a list the server answered whole', () => {
    const rows = ['Carugate', 'Bussero', 'Gessate'].map((name, i) => ({ id: String(i), municipality: { name }, year: 2018 }));
    const result = page({ data: rows }, { sort: { field: 'municipality', order: 'ASC' }, pagination: { page: 1, perPage: 2 } });
    expect(result.total).toBe(3);
    expect(result.data.map((r) => r.municipality.name)).toEqual(['Bussero', 'Carugate']);
  });

  it('checks the evaluation period before asking the server', () => {
    expect(periodProblem('2015', '2017')).toBeNull();
    expect(periodProblem('15', '2017')).toBe('from');
    expect(periodProblem('2018', '2015')).toBe('order');
  });

  it('builds query strings without empty filters and reads the file name the server gives', () => {
    expect(queryString({ area: undefined, municipality: 'm1', format: 'xlsx' })).toBe('?municipality=m1&format=xlsx');
    expect(filenameOf('attachment; filename="valutazione-esiti-2015-2017.docx"', 'x')).toBe('valutazione-esiti-2015-2017.docx');
    expect(filenameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
