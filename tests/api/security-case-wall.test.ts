import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * The side doors of the case-file wall found in the December review (issue 15, points 3, 4, 5, 6, 10):
 * workflows on another comune's case, list totals counting hidden rows, reads of personal data without an
 * audit row, personal answers of forms shown to roles without access to personal data, and the smaller
 * rules (revoked consent, sort oracles, per-comune indicators, another comune's intake, unsafe links).
 */
jest.setTimeout(600_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const USERS = ['op.bussero', 'op.carugate', 'ente.demo', 'udp', 'tavolo.demo'];
const get = (who: string, url: string) => http(app).get(url).set(as[who]);
const post = (who: string, url: string, body: object = {}) => http(app).post(url).set(as[who]).send(body);

type Row = Record<string, unknown>;
const auditRows = (where: Row) => app.db.query('plugin::workflows.audit-record').count({ where }) as Promise<number>;

/** A valid segretariato intake at `comune`'s front desk. */
const intake = (comune: string, extra: Row = {}) => ({
  accessDate: '2026-11-02',
  municipality: comune,
  accessChannel: 'spontaneo',
  firstName: 'Mario',
  lastName: 'Riservato',
  phone: '333 123 4567',
  needAreas: ['casa'],
  requestText: 'Chiede aiuto per lo sfratto (testo riservato)',
  outcome: 'informazione',
  privacyNoticeGiven: true,
  ...extra,
});

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of USERS) as[who] = await authHeader(app, who);
  ids.bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  ids.carugate = await documentIdOf(app, 'api::municipality.municipality', { name: 'Carugate' });
  ids.pippi = await documentIdOf(app, 'api::service.service', { code: 'pippi' });
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Luca', lastName: 'Esempio' });
  ids.anna = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Anna', lastName: 'Prova' });
  ids.annaCase = await documentIdOf(app, 'api::case.case', { beneficiary: { documentId: ids.anna } });
  // A Bussero case that follows no workflow yet (the attack starts SAIL on it).
  const opened = await post('op.bussero', '/api/cases', {
    data: { beneficiary: ids.luca, municipality: ids.bussero, service: ids.pippi },
  });
  expect(opened.status).toBe(201);
  ids.busseroCase = opened.body.data.documentId;
});
afterAll(stopStrapi);

const startSail = (who: string) =>
  post(who, '/api/workflows/instances', { workflow: 'sail', subject: { type: 'api::case.case', documentId: ids.busseroCase } });

describe('3. workflows follow the case files’ scope', () => {
  it('another comune’s operator cannot start a workflow on a case: the same answer as a record that does not exist', async () => {
    const attack = await startSail('op.carugate');
    const missing = await post('op.carugate', '/api/workflows/instances', {
      workflow: 'sail',
      subject: { type: 'api::case.case', documentId: 'nonesistente000000000000' },
    });
    // The subject is named in the body: 400 on `subject.documentId`, word for word as for a missing record.
    expect(attack.status).toBe(400);
    expect(attack.body.error).toEqual(missing.body.error);
    expect(attack.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['subject.documentId']);
    expect(
      await app.db.query('plugin::workflows.instance').count({ where: { subjectId: ids.busseroCase, workflowKey: 'sail' } })
    ).toBe(0);
  });

  it('the comune’s own operator starts it; a second start is 409 naming no instance', async () => {
    const started = await startSail('op.bussero');
    expect(started.status).toBe(201);
    ids.sail = started.body.data.documentId;
    const again = await startSail('op.bussero');
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).not.toContain(ids.sail);
  });

  it('an instance assigned by name to another comune’s operator is still not theirs to read or move', async () => {
    const carugate = await app.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: 'op.carugate' }, select: ['id', 'username'] });
    await app.db
      .query('plugin::workflows.instance')
      .update({ where: { documentId: ids.sail }, data: { assigneeUserId: carugate.id, assigneeUsername: carugate.username } });
    const missing = await get('op.carugate', '/api/workflows/instances/nonesistente000000000000');
    const read = await get('op.carugate', `/api/workflows/instances/${ids.sail}`);
    expect(read.status).toBe(404);
    expect(read.body.error.message).toBe(missing.body.error.message);
    expect(JSON.stringify(read.body)).not.toMatch(/referral|orient/);
    const move = await post('op.carugate', `/api/workflows/instances/${ids.sail}/transitions`, {
      transition: 'close',
      expectedState: 'referral',
    });
    expect(move.status).toBe(404);
    const listed = await get('op.carugate', `/api/workflows/instances?subject=${ids.busseroCase}`);
    expect(listed.body).toMatchObject({ data: [], meta: { pagination: { total: 0 } } });
    // The UdP moves it on: the provider's task is created (for the task list below).
    const orient = await post('udp', `/api/workflows/instances/${ids.sail}/transitions`, {
      transition: 'orient',
      expectedState: 'referral',
    });
    expect(orient.status).toBe(200);
    expect((await get('op.bussero', `/api/workflows/instances/${ids.sail}`)).status).toBe(200);
  });
});

/** Every page of a list, asserting each page is full (but the last) and the total is what can be paged through. */
async function everyPage(who: string, url: string, pageSize = 2): Promise<Row[]> {
  const first = await get(who, `${url}${url.includes('?') ? '&' : '?'}page=1&pageSize=${pageSize}`);
  expect(first.status).toBe(200);
  const { total, pageCount } = first.body.meta.pagination;
  const rows: Row[] = [...first.body.data];
  for (let page = 2; page <= pageCount; page += 1) {
    const next = await get(who, `${url}${url.includes('?') ? '&' : '?'}page=${page}&pageSize=${pageSize}`);
    rows.push(...next.body.data);
  }
  for (let page = 1; page < pageCount; page += 1)
    expect(rows.slice((page - 1) * pageSize, page * pageSize)).toHaveLength(pageSize);
  expect([who, url, rows.length]).toEqual([who, url, total]);
  return rows;
}

describe('4. lists count only what the caller may see', () => {
  it('a subject filter on another comune’s case answers no rows and a total of 0, for instances and tasks', async () => {
    const instances = await get('op.carugate', `/api/workflows/instances?subject=${ids.annaCase}`);
    expect(instances.body).toMatchObject({ data: [], meta: { pagination: { total: 0 } } });
    const own = await get('op.bussero', `/api/workflows/instances?subject=${ids.annaCase}`);
    expect(own.body.meta.pagination.total).toBe(1);
  });

  it.each(['op.bussero', 'op.carugate', 'ente.demo', 'udp'])('instances: full pages and a true total for %s', async (who) => {
    const rows = await everyPage(who, '/api/workflows/instances');
    if (who.startsWith('op.')) {
      for (const row of rows as { subject: { type: string; documentId: string } }[]) {
        if (row.subject.type === 'api::case.case')
          expect((await get(who, `/api/cases/${row.subject.documentId}`)).status).toBe(200);
      }
    }
    if (who === 'op.carugate') expect(rows.map((r) => (r.subject as Row).documentId)).not.toContain(ids.annaCase);
    if (who === 'udp') expect(rows.length).toBe(await app.db.query('plugin::workflows.instance').count());
  });

  it.each(['op.bussero', 'op.carugate', 'ente.demo', 'udp'])('tasks: full pages and a true total for %s', async (who) => {
    const rows = await everyPage(who, '/api/workflows/tasks?status=all', 1);
    // The SAIL task on the new Bussero case goes to the provider role, but ente.demo was never referred the case.
    if (who === 'ente.demo') expect(rows.map((r) => (r.subject as Row | null)?.documentId)).not.toContain(ids.busseroCase);
  });

  it('the provider’s task list leaves out the task about a case it was never referred, in the total too', async () => {
    const hidden = await app.db
      .query('plugin::workflows.task')
      .count({ where: { subjectId: ids.busseroCase, assigneeRole: 'provider', status: 'open' } });
    expect(hidden).toBe(1);
    const list = await get('ente.demo', '/api/workflows/tasks?status=all&pageSize=200');
    expect(list.body.meta.pagination.total).toBe(list.body.data.length);
  });
});

describe('4. notifications follow the same scope', () => {
  it('the SAIL start notified the provider role, but ente.demo was never referred the case: not listed, not markable', async () => {
    const sent = (await app.db
      .query('plugin::workflows.notification')
      .findOne({ where: { instanceId: ids.sail, recipientRole: 'provider' } })) as { documentId: string } | null;
    expect(sent).not.toBeNull();
    const list = await get('ente.demo', '/api/workflows/notifications?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.data.map((n: Row) => n.instanceId)).not.toContain(ids.sail);
    expect(list.body.meta.pagination.total).toBe(list.body.data.length);
    expect((await post('ente.demo', `/api/workflows/notifications/${sent?.documentId}/read`)).status).toBe(404);
  });
});

describe('5. every read of a beneficiary’s data writes an audit row', () => {
  const readOf = (who: string, type: string, subjectId: string) => ({
    actorUsername: who,
    subjectType: `api::${type}.${type}`,
    subjectId,
    action: { $in: ['case-files.read', 'case-files.list'] },
  });

  it.each([
    ['vouchers with their beneficiary', '/api/vouchers?populate[beneficiary]=true', 'beneficiary'],
    ['referrals with their case and its beneficiary', '/api/referrals?populate[case][populate][beneficiary]=true', 'beneficiary'],
    ['interventions with their case', '/api/interventions?populate[case]=true', 'case'],
    ['a voucher read with its beneficiary', 'voucher-one', 'beneficiary'],
  ])('%s', async (_name, url, type) => {
    const target = type === 'beneficiary' ? ids.anna : ids.annaCase;
    let path = url;
    if (url === 'voucher-one')
      path = `/api/vouchers/${await documentIdOf(app, 'api::voucher.voucher', { beneficiary: { documentId: ids.anna } })}?populate=beneficiary`;
    const before = await auditRows(readOf('op.bussero', type, target));
    const res = await get('op.bussero', path);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(type === 'beneficiary' ? 'Prova' : ids.annaCase);
    expect(await auditRows(readOf('op.bussero', type, target))).toBe(before + 1);
  });

  it('submissions about a case, listed or read one by one', async () => {
    const created = await post('op.bussero', '/api/forms/submissions', {
      form: 'segretariato-intake',
      data: intake(ids.bussero),
      subject: { type: 'api::case.case', id: ids.annaCase },
    });
    expect(created.status).toBe(201);
    const before = await auditRows(readOf('op.bussero', 'case', ids.annaCase));
    const list = await get('op.bussero', `/api/forms/submissions?subjectType=api::case.case&subjectId=${ids.annaCase}`);
    expect(list.body.data.map((s: Row) => s.documentId)).toContain(created.body.data.documentId);
    expect(await auditRows(readOf('op.bussero', 'case', ids.annaCase))).toBe(before + 1);
    expect((await get('op.bussero', `/api/forms/submissions/${created.body.data.documentId}`)).status).toBe(200);
    expect(await auditRows(readOf('op.bussero', 'case', ids.annaCase))).toBe(before + 2);
  });
});

describe('6. personal answers of forms only to roles with access to personal data', () => {
  let submission: string;
  beforeAll(async () => {
    const created = await post('op.bussero', '/api/forms/submissions', {
      form: 'segretariato-intake',
      data: intake(ids.bussero),
    });
    expect(created.status).toBe(201);
    submission = created.body.data.documentId;
  });

  it('the operator who filed it reads every answer', async () => {
    const one = await get('op.bussero', `/api/forms/submissions/${submission}`);
    expect(one.body.data.data).toMatchObject({
      firstName: 'Mario',
      phone: expect.any(String),
      requestText: expect.stringContaining('riservato'),
    });
  });

  it('the UdP reads the intake without names, contacts and free text, in the list and by id', async () => {
    const list = await get('udp', '/api/forms/submissions?form=segretariato-intake');
    const listed = list.body.data.find((s: Row) => s.documentId === submission);
    const one = await get('udp', `/api/forms/submissions/${submission}`);
    for (const data of [listed.data, one.body.data.data]) {
      expect(data).toMatchObject({ accessDate: '2026-11-02', needAreas: ['casa'], outcome: 'informazione' });
      for (const key of ['firstName', 'lastName', 'phone', 'requestText']) expect(data).not.toHaveProperty(key);
    }
    expect(JSON.stringify(list.body)).not.toMatch(/Riservato|riservato|333 123/);
    expect(JSON.stringify(one.body.data.data)).not.toMatch(/Riservato|riservato|333 123/);
  });

  it('an edit by the UdP keeps the personal answers it was never shown', async () => {
    const one = await get('udp', `/api/forms/submissions/${submission}`);
    const edited = await http(app)
      .put(`/api/forms/submissions/${submission}`)
      .set(as.udp)
      .send({ data: { ...one.body.data.data, outcome: 'informazione', urgency: 'urgente' } });
    expect(edited.status).toBe(200);
    const stored = await app.db.query('plugin::forms.submission').findOne({ where: { documentId: submission } });
    expect(stored.data).toMatchObject({
      firstName: 'Mario',
      urgency: 'urgente',
      requestText: expect.stringContaining('riservato'),
    });
  });

  it('a personal field cannot be used in an indicator’s answer filters, nor counted by', async () => {
    const computation = (extra: Row) => ({
      source: 'submissions',
      aggregate: 'count',
      form: 'segretariato-intake',
      dateField: 'accessDate',
      ...extra,
    });
    const byName = await post('udp', '/api/observatory/indicators/preview?from=2026', {
      data: { computation: computation({ answers: [{ field: 'lastName', op: 'eq', value: 'Riservato' }] }) },
    });
    expect(byName.status).toBe(400);
    expect(byName.body.error.message).toMatch(/dato personale.*personal data/s);
    const byBirth = await post('udp', '/api/observatory/indicators/preview?from=2026', {
      data: { computation: computation({ dateField: 'birthDate' }) },
    });
    expect(byBirth.status).toBe(400);
    const allowed = await post('udp', '/api/observatory/indicators/preview?from=2026', {
      data: { computation: computation({ answers: [{ field: 'outcome', op: 'eq', value: 'informazione' }] }) },
    });
    expect(allowed.status).toBe(200);
  });

  it('the demo forms flag names, fiscal code, contacts, address and free text', async () => {
    const versions = (await app.db
      .query('plugin::forms.form-version')
      .findMany({ where: { status: 'published' }, populate: { form: { select: ['key'] } } })) as {
      form: { key: string };
      definition: { sections: { fields: Row[] }[] };
    }[];
    const fields = versions.flatMap((v) =>
      v.definition.sections.flatMap((s) => s.fields.flatMap((f) => [f, ...((f.fields as Row[]) ?? [])]))
    );
    const personal = (f: Row) => f.personal === true;
    for (const f of fields) {
      if (
        ['longText', 'phone', 'email', 'fiscalCode'].includes(f.type as string) &&
        !['workerPhone', 'workerEmail'].includes(f.key as string)
      )
        expect([f.key, personal(f)]).toEqual([f.key, true]);
      if (['firstName', 'lastName', 'address'].includes(f.key as string)) expect([f.key, personal(f)]).toEqual([f.key, true]);
    }
  });
});

describe('10. smaller rules', () => {
  it('a provider cannot complete a referral whose consent was revoked', async () => {
    const revoked = (await app.db
      .query('api::referral.referral')
      .findOne({ where: { consentRevokedAt: { $notNull: true }, status: 'accepted' } })) as { documentId: string };
    const res = await post('ente.demo', `/api/referrals/${revoked.documentId}/complete`);
    // The case files answer a refused decision with 400 and the reason (as for a second accept).
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/consenso.*consent/s);
    expect((await app.db.query('api::referral.referral').findOne({ where: { documentId: revoked.documentId } })).status).toBe(
      'accepted'
    );
  });

  it('a provider cannot sort referrals by a case or beneficiary it may not read; an operator can', async () => {
    for (const sort of ['case.beneficiary.lastName:asc', 'case.code:desc']) {
      const provider = await get('ente.demo', `/api/referrals?sort=${sort}`);
      expect([sort, provider.status]).toEqual([sort, 400]);
    }
    expect((await get('op.bussero', '/api/referrals?sort=case.beneficiary.lastName:asc')).status).toBe(200);
    expect((await get('ente.demo', '/api/interventions?sort=case.code:asc')).status).toBe(200);
  });

  it('a table member reads the district’s indicator values, not a single comune’s', async () => {
    const indicator = (await app.db.query('plugin::observatory.indicator').findOne({ where: { method: 'computed' } })) as {
      documentId: string;
    };
    const single = await get(
      'tavolo.demo',
      `/api/observatory/indicators/${indicator.documentId}/compute?from=2026&municipality=${ids.bussero}`
    );
    expect(single.status).toBe(403);
    expect((await get('tavolo.demo', `/api/observatory/indicators/${indicator.documentId}/compute?from=2026`)).status).toBe(200);
    expect(
      (await get('udp', `/api/observatory/indicators/${indicator.documentId}/compute?from=2026&municipality=${ids.bussero}`))
        .status
    ).toBe(200);
  });

  it('an operator cannot file an intake for another comune (it would count in that comune’s dashboard)', async () => {
    const before = (await get('op.carugate', '/api/observatory/dashboard?from=2026&to=2026')).body.data.intakes.total;
    const res = await post('op.bussero', '/api/forms/submissions', { form: 'segretariato-intake', data: intake(ids.carugate) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['data.municipality']);
    expect((await get('op.carugate', '/api/observatory/dashboard?from=2026&to=2026')).body.data.intakes.total).toBe(before);
    // Nor about another comune's case.
    const about = await post('op.carugate', '/api/forms/submissions', {
      form: 'segretariato-intake',
      data: intake(ids.carugate),
      subject: { type: 'api::case.case', id: ids.annaCase },
    });
    expect(about.status).toBe(400);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'www.esempio.it'])(
    'a provider’s website must be an http(s) address: %s',
    async (website) => {
      const provider = await documentIdOf(app, 'api::provider.provider', {});
      const res = await http(app).put(`/api/providers/${provider}`).set(as.udp).send({ data: { website } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toMatch(/website|Sito/);
    }
  );

  it('an https website is accepted', async () => {
    const provider = await documentIdOf(app, 'api::provider.provider', {});
    const res = await http(app)
      .put(`/api/providers/${provider}`)
      .set(as.udp)
      .send({ data: { website: 'https://www.esempio.it' } });
    expect(res.status).toBe(200);
  });
});
