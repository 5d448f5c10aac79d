import { computationPayload, toComputationForm } from '../forms/computationForm';
import { demographicPayload, toDemographicForm } from '../forms/demographicForm';
import { indicatorPayload } from '../forms/indicatorForm';
import { objectivePayload } from '../forms/objectiveForm';
import { stripDataPrefix } from '../forms/serverErrors';
import { slugOf } from '../forms/slug';
import { toDemographicRow } from '../api/normalize';

describe("the observatory's edit forms as the server receives them", () => {
  it('turns the inputs of a ratio into the computation the server runs, typed values included', () => {
    const computation = computationPayload({
      source: 'ratio',
      numerator: {
        source: 'submissions',
        aggregate: 'count',
        form: 'segretariato-intake',
        dateField: 'accessDate',
        municipalityField: '',
        service: '',
        answers: [
          { field: 'outcome', op: 'in', value: 'invio, informazione' },
          { field: 'age', op: 'gte', value: '65' },
          { field: 'privacyNoticeGiven', op: 'eq', value: 'true' },
          { field: '', op: 'eq', value: '' },
        ],
        workflow: { key: '', states: [] },
      },
      denominator: { source: 'workflow-instances', aggregate: 'count', workflow: 'presa-in-carico', states: [] },
      percent: true,
    });
    expect(computation).toEqual({
      source: 'ratio',
      numerator: {
        source: 'submissions',
        aggregate: 'count',
        form: 'segretariato-intake',
        dateField: 'accessDate',
        answers: [
          { field: 'outcome', op: 'in', value: ['invio', 'informazione'] },
          { field: 'age', op: 'gte', value: 65 },
          { field: 'privacyNoticeGiven', op: 'eq', value: true },
        ],
      },
      denominator: { source: 'workflow-instances', aggregate: 'count', workflow: 'presa-in-carico' },
      percent: true,
    });
  });

  it('reads a stored computation back into the same inputs (round trip)', () => {
    const stored = {
      source: 'submissions' as const,
      aggregate: 'sum' as const,
      form: 'sail-enrolment',
      dateField: 'referralDate',
      field: 'hours',
      answers: [{ field: 'needAreas', op: 'includes' as const, value: 'casa' }],
      workflow: { key: 'presa-in-carico', states: ['aperta', 'in-corso'] },
    };
    expect(computationPayload(toComputationForm(stored))).toEqual(stored);
    const meetings = {
      source: 'meetings' as const,
      aggregate: 'count' as const,
      body: 'gps-famiglia-minori',
      statuses: ['held'],
    };
    expect(computationPayload(toComputationForm(meetings))).toEqual(meetings);
  });

  it('sends a manual indicator without computation and blank texts as null', () => {
    expect(
      indicatorPayload({
        code: 'sail-ore',
        name: 'Ore SAIL',
        unit: 'ore',
        description: ' ',
        objective: '',
        method: 'manual',
        computation: { source: 'meetings' },
      })
    ).toEqual({
      code: 'sail-ore',
      name: 'Ore SAIL',
      unit: 'ore',
      description: null,
      objective: null,
      method: 'manual',
    });
  });

  it('sends only the fields an objective accepts, references by code', () => {
    const payload = objectivePayload({
      code: 'o-1',
      name: 'Obiettivo',
      type: 'strategico',
      periodFrom: 2024,
      periodTo: 2026,
      area: 'anziani',
      services: ['sad'],
      decisions: ['d1'],
      needs: '',
      tools: 'Tavolo',
    });
    expect(payload).toMatchObject({
      code: 'o-1',
      area: 'anziani',
      services: ['sad'],
      decisions: ['d1'],
      needs: null,
      tools: 'Tavolo',
    });
    expect(Object.keys(payload)).not.toContain('id');
  });

  it('edits a population row by the server names and keeps the published values typed', () => {
    const row = toDemographicRow({
      documentId: 'd1',
      municipality: { documentId: 'm1', name: 'Bussero' },
      year: 2018,
      age0to3: 10,
      age4to14: 20,
      age15to18: 5,
      age19to25: 7,
      age26to64: 50,
      age65to85: 30,
      over85: 4,
      foreignResidents: 9,
      source: 'ISTAT',
      indices: { ageingIndex: { computed: 113.33, published: 110, difference: 3.33 } },
    });
    const form = toDemographicForm(row);
    expect(form).toMatchObject({ municipality: 'm1', year: 2018, age0to3: 10, over85: 4, foreignResidents: 9, source: 'ISTAT' });
    expect(demographicPayload(form)).toMatchObject({ municipality: 'm1', age65to85: 30, published: { ageingIndex: 110 } });
  });

  it("places the server's field errors under the form's inputs (without the body's `data.`)", () => {
    expect(
      stripDataPrefix({
        'data.computation.numerator.form': 'codice non valido',
        'query.year': 'anno non valido',
        root: { serverError: 'bad' },
      })
    ).toEqual({
      'computation.numerator.form': 'codice non valido',
      year: 'anno non valido',
      root: { serverError: 'bad' },
    });
  });

  it('proposes a code from a name the server accepts', () => {
    expect(slugOf('Sostegno all’abitare nei 9 comuni')).toBe('sostegno-all-abitare-nei-9-comuni');
    expect(slugOf('  Quota % di invii al S.S.P. ')).toBe('quota-di-invii-al-s-s-p');
    expect(slugOf('x'.repeat(79) + ' y')).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});
