import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';
import { BUSSERO, CARUGATE, CERNUSCO } from './observatory-fixtures';

/**
 * Indicator answer filters on answers inside repeated groups: `members.*.relationship` holds when any
 * row of the group matches; each filter looks at the rows on its own. Every expected number is counted
 * by hand from the fixtures below. Bad paths: 400 naming the field, bilingual, nothing written.
 */
let app: Core.Strapi;
let udp: Record<string, string>;

type Row = Record<string, unknown>;
/** Housing reports (the demo form `housing-report`, its group `members`). */
const REPORTS: [date: string, comune: string, members: Row[] | undefined][] = [
  [
    '2024-02-01',
    BUSSERO,
    [
      { relationship: 'figlio', disability: false },
      { relationship: 'coniuge', disability: true, disabilityPercent: 75 },
    ],
  ],
  ['2024-03-10', CARUGATE, [{ relationship: 'figlio', disability: true, disabilityPercent: 50 }]],
  ['2024-05-05', BUSSERO, []],
  [
    '2024-06-06',
    CERNUSCO,
    [
      { relationship: 'genitore', disability: true, disabilityPercent: 100 },
      { relationship: 'altro', disability: false },
    ],
  ],
  ['2024-07-07', BUSSERO, undefined],
  ['2023-12-12', BUSSERO, [{ relationship: 'figlio', disability: false }]],
];
/** A fixture form with a group inside a group: visits, each with the people met. */
const NESTED = 'prova-gruppi-annidati';
const VISITS: [date: string, visits: Row[]][] = [
  [
    '2024-01-01',
    [
      {
        place: 'casa',
        people: [
          { age: 10, needs: ['a'] },
          { age: 40, needs: ['b'] },
        ],
      },
      { place: 'scuola', people: [] },
    ],
  ],
  ['2024-02-02', [{ place: 'scuola', people: [{ age: 70, needs: ['a', 'c'] }] }]],
  ['2024-03-03', []],
];

const reports = (answers: unknown[]) => ({
  source: 'submissions',
  aggregate: 'count',
  form: 'housing-report',
  dateField: 'reportDate',
  answers,
});
const visits = (answers: unknown[]) => ({ source: 'submissions', aggregate: 'count', form: NESTED, dateField: 'day', answers });
const preview = (computation: unknown, query = 'from=2024') =>
  http(app).post(`/api/observatory/indicators/preview?${query}`).set(udp).send({ data: { computation } });
const value = async (computation: unknown, query = 'from=2024') => {
  const response = await preview(computation, query);
  expect(response.status).toBe(200);
  return response.body.data[0].value;
};
const errorsOf = (response: { body: { error: { details: { errors: { path: string[]; it: string; en: string }[] } } } }) =>
  response.body.error.details.errors.map((e) => ({ path: e.path.join('.'), it: e.it, en: e.en }));

async function submit(formKey: string, subject: string, data: Row) {
  const form = await app.db.query('plugin::forms.form').findOne({ where: { key: formKey }, select: ['documentId'] });
  await app
    .documents('plugin::forms.submission')
    .create({ data: { form: form.documentId, subjectType: 'fixture', subjectId: subject, data } as never });
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  udp = await authHeader(app, 'udp');
  const comuni = await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'istatCode'] });
  const idOf = (istat: string) => comuni.find((c: { istatCode: string }) => c.istatCode === istat).documentId;
  for (const [i, [reportDate, comune, members]] of REPORTS.entries())
    await submit('housing-report', `report:${i}`, { reportDate, municipality: idOf(comune), ...(members ? { members } : {}) });
  const t = (s: string) => ({ it: s, en: s });
  const form = await app.db.query('plugin::forms.form').create({ data: { key: NESTED, title: t('Visite'), roles: ['udp'] } });
  const definition = {
    key: NESTED,
    title: t('Visite'),
    sections: [
      {
        key: 'main',
        title: t('Visite'),
        fields: [
          { type: 'date', key: 'day', label: t('Giorno') },
          {
            type: 'group',
            key: 'visits',
            label: t('Visite'),
            fields: [
              { type: 'text', key: 'place', label: t('Luogo') },
              {
                type: 'group',
                key: 'people',
                label: t('Persone'),
                fields: [
                  { type: 'integer', key: 'age', label: t('Età') },
                  {
                    type: 'multipleChoice',
                    key: 'needs',
                    label: t('Bisogni'),
                    options: ['a', 'b', 'c'].map((v) => ({ value: v, label: t(v) })),
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  await app.db
    .query('plugin::forms.form-version')
    .create({ data: { form: form.id, version: 1, status: 'published', definition } });
  for (const [i, [day, list]] of VISITS.entries()) await submit(NESTED, `visit:${i}`, { day, visits: list });
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('filters on answers of a repeated group: any row matches', () => {
  it('equal, one of, a boolean', async () => {
    expect(await value(reports([]))).toBe(5);
    expect(await value(reports([{ field: 'members.*.relationship', op: 'eq', value: 'figlio' }]))).toBe(2);
    expect(await value(reports([{ field: 'members.*.relationship', op: 'in', value: ['genitore', 'coniuge'] }]))).toBe(2);
    expect(await value(reports([{ field: 'members.*.disability', op: 'eq', value: true }]))).toBe(3);
    expect(await value(reports([{ field: 'members.*.relationship', op: 'eq', value: 'figlio' }]), 'from=2023')).toBe(1);
  });

  it('numeric ranges', async () => {
    expect(await value(reports([{ field: 'members.*.disabilityPercent', op: 'gte', value: 75 }]))).toBe(2);
    expect(await value(reports([{ field: 'members.*.disabilityPercent', op: 'lte', value: 50 }]))).toBe(1);
  });

  it('each filter looks at the rows on its own (a child without disability and a disabled spouse count)', async () => {
    const both = [
      { field: 'members.*.relationship', op: 'eq', value: 'figlio' },
      { field: 'members.*.disability', op: 'eq', value: true },
    ];
    expect(await value(reports(both))).toBe(2);
    expect(await value(reports(both), `from=2024&municipality=${BUSSERO}`)).toBe(1);
  });

  it('a group inside a group, with a multiple choice in its rows', async () => {
    expect(await value(visits([]))).toBe(3);
    expect(await value(visits([{ field: 'visits.*.place', op: 'eq', value: 'scuola' }]))).toBe(2);
    expect(await value(visits([{ field: 'visits.*.people.*.age', op: 'gte', value: 65 }]))).toBe(1);
    expect(await value(visits([{ field: 'visits.*.people.*.age', op: 'lte', value: 10 }]))).toBe(1);
    expect(await value(visits([{ field: 'visits.*.people.*.needs', op: 'includes', value: 'a' }]))).toBe(2);
    expect(await value(visits([{ field: 'visits.*.people.*.needs', op: 'includes', value: 'c' }]))).toBe(1);
  });
});

describe('bad paths: 400 naming the field, in Italian and English, nothing written', () => {
  it('a path that is not keys and * between dots', async () => {
    for (const field of [
      'members.*',
      '*.relationship',
      'members..relationship',
      'members.*.*.relationship',
      'members.*.relation ship',
    ]) {
      const response = await preview(reports([{ field, op: 'eq', value: 'figlio' }]));
      expect(response.status).toBe(400);
      expect(errorsOf(response)).toEqual([
        {
          path: 'data.computation.answers.0.field',
          it: expect.stringContaining('percorso'),
          en: expect.stringContaining('path'),
        },
      ]);
    }
  });

  it('a field the form does not have, a group compared as a whole, a group without *', async () => {
    const response = await preview({
      source: 'ratio',
      numerator: reports([
        { field: 'members.*.shoeSize', op: 'eq', value: 40 },
        { field: 'members', op: 'eq', value: 'x' },
        { field: 'members.relationship', op: 'eq', value: 'figlio' },
      ]),
      denominator: { ...reports([]), dateField: 'members' },
    });
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual([
      {
        path: 'data.computation.numerator.answers.0.field',
        it: 'il modulo non ha il campo «members.*.shoeSize»',
        en: 'the form has no field «members.*.shoeSize»',
      },
      {
        path: 'data.computation.numerator.answers.1.field',
        it: expect.stringContaining('«members» è un gruppo ripetuto'),
        en: expect.stringContaining('«members» is a repeated group'),
      },
      {
        path: 'data.computation.numerator.answers.2.field',
        it: expect.stringContaining('«members.relationship»'),
        en: 'the form has no field «members.relationship»',
      },
      {
        path: 'data.computation.denominator.dateField',
        it: expect.stringContaining('fuori dai gruppi'),
        en: '«members» is a repeated group: a field outside groups is needed here',
      },
    ]);
  });

  it('an indicator with a bad path is not stored', async () => {
    const response = await http(app)
      .post('/api/observatory/indicators')
      .set(udp)
      .send({
        data: {
          code: 'prova-percorso',
          name: 'X',
          unit: 'n',
          method: 'computed',
          computation: reports([{ field: 'members.*.nope', op: 'eq', value: 1 }]),
        },
      });
    expect(response.status).toBe(400);
    expect(errorsOf(response).map((e) => e.path)).toEqual(['data.computation.answers.0.field']);
    expect(await app.db.query('plugin::observatory.indicator').findOne({ where: { code: 'prova-percorso' } })).toBeNull();
    const unknownForm = await preview({ ...reports([]), form: 'nessun-modulo' });
    expect(errorsOf(unknownForm)).toEqual([{ path: 'data.computation.form', it: 'modulo sconosciuto', en: 'unknown form' }]);
  });
});
