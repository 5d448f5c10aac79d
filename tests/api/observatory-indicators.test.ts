import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';
import { BUSSERO, CARUGATE, loadIntakes } from './observatory-fixtures';

/**
 * Indicators computed in SQL over fixture intakes (observatory-fixtures.ts): every expected number is
 * counted by hand from that list. Plus the demo objectives, writes by the UdP, bad definitions and roles.
 */
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const intakes = (answers?: unknown[]) => ({
  source: 'submissions',
  aggregate: 'count',
  form: 'segretariato-intake',
  dateField: 'accessDate',
  ...(answers ? { answers } : {}),
});
const preview = (computation: unknown, query: string) =>
  http(app).post(`/api/observatory/indicators/preview?${query}`).set(as.udp).send({ data: { computation } });
const valuesOf = (response: { body: { data: { year: number; value: number | null }[] } }) =>
  Object.fromEntries(response.body.data.map((v) => [v.year, v.value]));

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  await loadIntakes(app);
  for (const who of ['udp', 'op.bussero', 'tavolo.demo', 'ente.demo']) as[who] = await authHeader(app, who);
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('computed indicators equal the hand count of the fixtures', () => {
  it('counts intakes per year', async () => {
    const response = await preview(intakes(), 'from=2023&to=2025');
    expect(response.status).toBe(200);
    expect(valuesOf(response)).toEqual({ 2023: 2, 2024: 10, 2025: 1 });
  });

  it('filters by comune (ISTAT code or documentId)', async () => {
    expect(valuesOf(await preview(intakes(), `from=2024&to=2024&municipality=${BUSSERO}`))).toEqual({ 2024: 4 });
    const carugate = await app.db.query('api::municipality.municipality').findOne({ where: { istatCode: CARUGATE } });
    expect(valuesOf(await preview(intakes(), `from=2024&to=2024&municipality=${carugate.documentId}`))).toEqual({ 2024: 4 });
  });

  it('filters by answers: equal, one of, a multiple choice that includes, ranges', async () => {
    expect(
      valuesOf(await preview(intakes([{ field: 'outcome', op: 'eq', value: 'presa-in-carico-leggera' }]), 'from=2024'))
    ).toEqual({ 2024: 3 });
    expect(
      valuesOf(await preview(intakes([{ field: 'outcome', op: 'in', value: ['invio', 'informazione'] }]), 'from=2024'))
    ).toEqual({ 2024: 7 });
    expect(valuesOf(await preview(intakes([{ field: 'needAreas', op: 'includes', value: 'casa' }]), 'from=2024'))).toEqual({
      2024: 3,
    });
    expect(valuesOf(await preview(intakes([{ field: 'plannedInterviews', op: 'gte', value: 3 }]), 'from=2024'))).toEqual({
      2024: 2,
    });
  });

  it('sums a numeric answer', async () => {
    const sum = { ...intakes(), aggregate: 'sum', field: 'plannedInterviews' };
    expect(valuesOf(await preview(sum, 'from=2024&to=2025'))).toEqual({ 2024: 9, 2025: 3 });
  });

  it('computes a ratio as a percentage, per comune, and null over an empty denominator', async () => {
    const ratio = {
      source: 'ratio',
      numerator: intakes([
        { field: 'outcome', op: 'eq', value: 'invio' },
        { field: 'referralTarget', op: 'eq', value: 'servizio-sociale-professionale' },
      ]),
      denominator: intakes(),
    };
    expect(valuesOf(await preview(ratio, 'from=2024'))).toEqual({ 2024: 30 });
    expect(valuesOf(await preview(ratio, `from=2024&municipality=${BUSSERO}`))).toEqual({ 2024: 25 });
    expect(valuesOf(await preview(ratio, `from=2024&municipality=${CARUGATE}`))).toEqual({ 2024: 50 });
    expect(valuesOf(await preview(ratio, 'from=2030'))).toEqual({ 2030: null });
  });

  it('filters by the workflow state of the submission’s subject', async () => {
    const instances = app.db.query('plugin::workflows.instance');
    for (const [subjectId, state] of [
      ['2', 'chiuso'],
      ['4', 'chiuso'],
      ['0', 'in-corso'],
    ])
      await instances.create({
        data: {
          workflowKey: 'fixture-flow',
          version: 1,
          subjectType: 'fixture',
          subjectId,
          state,
          lockVersion: 0,
          closed: state === 'chiuso',
          startedAt: new Date('2031-03-01T10:00:00Z'),
        },
      });
    const closed = { ...intakes(), workflow: { key: 'fixture-flow', states: ['chiuso'] } };
    expect(valuesOf(await preview(closed, 'from=2024'))).toEqual({ 2024: 2 });
    const started = { source: 'workflow-instances', aggregate: 'count', workflow: 'fixture-flow' };
    expect(valuesOf(await preview(started, 'from=2030&to=2031'))).toEqual({ 2030: 0, 2031: 3 });
  });

  it('counts the meetings of a governance body (held or convened)', async () => {
    const body = await app.db.query('plugin::governance.body').findOne({ where: { code: 'gps-famiglia-minori' } });
    for (const [day, status] of [
      ['2031-02-01', 'held'],
      ['2031-05-01', 'convened'],
      ['2031-06-01', 'cancelled'],
      ['2032-01-10', 'held'],
    ])
      await app.db
        .query('plugin::governance.meeting')
        .create({ data: { body: body.id, title: `Prova ${day}`, startsAt: new Date(`${day}T09:00:00Z`), status } });
    const meetings = { source: 'meetings', aggregate: 'count', body: 'gps-famiglia-minori' };
    expect(valuesOf(await preview(meetings, 'from=2031&to=2032'))).toEqual({ 2031: 2, 2032: 1 });
  });

  it('a stored computed indicator of the demo data computes the same, and its value can be kept', async () => {
    const list = await http(app).get('/api/observatory/indicators?method=computed').set(as.udp);
    const received = list.body.data.find((i: { code: string }) => i.code === 'segretariato-persone-ricevute');
    const computed = await http(app)
      .get(`/api/observatory/indicators/${received.documentId}/compute?from=2024&to=2025&municipality=${BUSSERO}`)
      .set(as['op.bussero']);
    expect(computed.status).toBe(200);
    expect(computed.body.data.values).toEqual([
      { year: 2024, value: 4 },
      { year: 2025, value: 1 },
    ]);
    const snapshot = await http(app).post(`/api/observatory/indicators/${received.documentId}/values/2024/snapshot`).set(as.udp);
    expect(snapshot.status).toBe(200);
    expect(snapshot.body.data.values).toEqual([
      expect.objectContaining({ year: 2024, value: 10, source: expect.stringContaining('Calcolato') }),
    ]);
  });
});

describe('objectives and indicators of the demo data', () => {
  it('lists the 2015-2017 objectives with SAIL’s yearly figures', async () => {
    const response = await http(app).get('/api/observatory/objectives?from=2015&to=2017').set(as['tavolo.demo']);
    expect(response.status).toBe(200);
    const codes = response.body.data.map((o: { code: string }) => o.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'pdz-2015-segretariato-sociale',
        'pdz-2015-sail',
        'pdz-2015-pippi',
        'pdz-2015-condominio-solidale',
        'pdz-2015-accoglienza-rifugiati',
      ])
    );
    expect(codes).not.toContain('pdz-2020-segretariato-sociale');
    const sail = response.body.data.find((o: { code: string }) => o.code === 'pdz-2015-sail');
    expect(sail).toMatchObject({ type: 'specifico', area: { code: 'lavoro-politiche-abitative' }, services: [{ code: 'sail' }] });
    const inCharge = sail.indicators.find((i: { code: string }) => i.code === 'pdz15-sail-in-carico');
    expect(inCharge.values.map((v: { year: number; value: number; note: string }) => [v.year, v.value, v.note])).toEqual([
      [2015, 124, 'nuove 79'],
      [2016, 139, 'nuove 42'],
      [2017, 135, 'nuove 51'],
    ]);
    expect(sail.financialResources).toContain('270.000');
  });

  it('lists the strategic objectives of 2020 (section 6)', async () => {
    const response = await http(app).get('/api/observatory/objectives?from=2020&to=2020&type=strategico').set(as['op.bussero']);
    expect(response.body.data.map((o: { code: string }) => o.code).sort()).toEqual([
      'obiettivo-strategico-2020-compartecipazione',
      'obiettivo-strategico-2020-disabilita',
      'obiettivo-strategico-2020-housing',
    ]);
  });

  it('the UdP writes an objective, an indicator and a yearly value', async () => {
    const objective = await http(app)
      .post('/api/observatory/objectives')
      .set(as.udp)
      .send({
        data: {
          code: 'prova-obiettivo',
          periodFrom: 2024,
          periodTo: 2026,
          area: 'contrasto-poverta',
          name: 'Prova',
          type: 'specifico',
          services: ['sail'],
        },
      });
    expect(objective.status).toBe(201);
    const indicator = await http(app)
      .post('/api/observatory/indicators')
      .set(as.udp)
      .send({
        data: {
          code: 'prova-casa',
          objective: 'prova-obiettivo',
          name: 'Accessi per casa',
          unit: 'accessi',
          method: 'computed',
          computation: intakes([{ field: 'needAreas', op: 'includes', value: 'casa' }]),
        },
      });
    expect(indicator.status).toBe(201);
    const value = await http(app)
      .put(`/api/observatory/indicators/${indicator.body.data.documentId}/values/2023`)
      .set(as.udp)
      .send({ data: { value: 1, source: 'Registro' } });
    expect(value.body.data.values).toEqual([{ year: 2023, value: 1, note: null, source: 'Registro' }]);
    const read = await http(app).get(`/api/observatory/objectives/${objective.body.data.documentId}`).set(as.udp);
    expect(read.body.data.indicators.map((i: { code: string }) => i.code)).toEqual(['prova-casa']);
  });

  it('refuses bad definitions with 400 naming the field, writing nothing', async () => {
    const bad = await http(app)
      .post('/api/observatory/indicators')
      .set(as.udp)
      .send({
        data: {
          code: 'prova-rotto',
          name: 'X',
          unit: 'n',
          method: 'computed',
          computation: { ...intakes([{ field: 'outcome', op: 'like', value: 'x' }]), form: 'Non Valido' },
        },
      });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['data.computation.answers.0.op', 'data.computation.form']));
    expect(bad.body.error.details.errors[0]).toHaveProperty('it');
    expect(await app.db.query('plugin::observatory.indicator').findOne({ where: { code: 'prova-rotto' } })).toBeNull();
    const badYears = await http(app).get('/api/observatory/objectives?from=dopo').set(as.udp);
    expect(badYears.status).toBe(400);
    const badObjective = await http(app)
      .post('/api/observatory/objectives')
      .set(as.udp)
      .send({ data: { code: 'x', periodFrom: 2020, periodTo: 2019, name: 'X', type: 'altro', area: 'nessuna' } });
    expect(badObjective.status).toBe(400);
    expect(badObjective.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'data.area',
      'data.periodTo',
      'data.type',
    ]);
  });
});

describe('who may do what', () => {
  it('the public reads nothing of the observatory API', async () => {
    for (const url of [
      '/api/observatory/objectives',
      '/api/observatory/indicators',
      '/api/observatory/demographics',
      '/api/observatory/dashboard',
    ])
      expect((await http(app).get(url)).status).toBe(403);
  });

  it('table members read planning data and aggregates, not the needs dashboard; providers nothing', async () => {
    expect((await http(app).get('/api/observatory/indicators').set(as['tavolo.demo'])).status).toBe(200);
    expect((await http(app).get('/api/observatory/demographics').set(as['tavolo.demo'])).status).toBe(200);
    expect((await http(app).get('/api/observatory/dashboard').set(as['tavolo.demo'])).status).toBe(403);
    expect((await http(app).get('/api/observatory/objectives').set(as['ente.demo'])).status).toBe(403);
  });

  it('operators read but do not write', async () => {
    expect((await http(app).get('/api/observatory/dashboard?from=2024').set(as['op.bussero'])).status).toBe(200);
    const write = await http(app)
      .post('/api/observatory/objectives')
      .set(as['op.bussero'])
      .send({ data: { code: 'op', periodFrom: 2024, periodTo: 2024, name: 'X', type: 'specifico' } });
    expect(write.status).toBe(403);
    expect(
      (
        await http(app)
          .post('/api/observatory/indicators/preview?from=2024')
          .set(as['op.bussero'])
          .send({ data: { computation: intakes() } })
      ).status
    ).toBe(403);
  });
});

describe('the observatory of needs (dashboard), counted in SQL', () => {
  it('intakes by need, comune and month', async () => {
    const response = await http(app).get('/api/observatory/dashboard?from=2024&to=2024').set(as.udp);
    expect(response.status).toBe(200);
    const { intakes: got } = response.body.data;
    expect(got.total).toBe(10);
    expect(Object.fromEntries(got.byNeed.map((r: { need: string; count: number }) => [r.need, r.count]))).toEqual({
      casa: 3,
      lavoro: 3,
      reddito: 2,
      'famiglia-minori': 1,
      disabilita: 1,
      salute: 1,
      violenza: 1,
      'non-autosufficienza': 1,
    });
    expect(got.byMonth).toEqual([
      { month: '2024-01', count: 2 },
      { month: '2024-02', count: 2 },
      { month: '2024-03', count: 3 },
      { month: '2024-04', count: 1 },
      { month: '2024-06', count: 1 },
      { month: '2024-12', count: 1 },
    ]);
    expect(got.byMunicipality.map((r: { name: string; count: number }) => [r.name, r.count])).toEqual([
      ['Bussero', 4],
      ['Carugate', 4],
      ['Cernusco sul Naviglio', 2],
    ]);
  });

  it('filtered by area (its needs) and comune', async () => {
    const area = await http(app).get('/api/observatory/dashboard?from=2024&area=contrasto-poverta').set(as.udp);
    expect(area.body.data.intakes.total).toBe(6);
    expect(area.body.data.intakes.byNeed).toEqual([
      { need: 'casa', count: 3 },
      { need: 'lavoro', count: 3 },
      { need: 'reddito', count: 2 },
    ]);
    const comune = await http(app)
      .get(`/api/observatory/dashboard?from=2024&area=contrasto-poverta&municipality=${BUSSERO}`)
      .set(as.udp);
    expect(comune.body.data.intakes.total).toBe(3);
    expect(comune.body.data.population).toMatchObject({ year: 2018, total: 8440 });
    expect((await http(app).get('/api/observatory/dashboard?area=nessuna').set(as.udp)).status).toBe(400);
  });
});
