import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * Issue #9, logs: refused accesses and reads of personal data are written with who and what, never the
 * values; the audit trail cannot be altered through any route. (Reads and changes of case files in the
 * audit trail: cases-flows.test.ts; the workflows' own audit routes: workflows-concurrency.test.ts.)
 */
jest.setTimeout(600_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const lines: string[] = [];
const AUDIT = 'plugin::workflows.audit-record';
interface AuditRow {
  id: number;
  action: string;
  subjectType: string;
  subjectId: string;
  actorId: number;
  actorUsername: string;
  actorRole: string;
  at: string;
  details: unknown;
}
let anna: Record<string, unknown>;
let carugateCase: string;
let carugate: string;

const auditAfter = async (id: number) =>
  (await app.db.query(AUDIT).findMany({ where: { id: { $gt: id } }, orderBy: { id: 'asc' } })) as AuditRow[];
const lastAuditId = async () =>
  ((await app.db.query(AUDIT).findOne({ orderBy: { id: 'desc' }, select: ['id'] })) as { id: number } | null)?.id ?? 0;
/** The values of Anna's record that must never reach a log line or the audit trail. */
const personalValues = () =>
  ['firstName', 'lastName', 'fiscalCode', 'birthDate', 'address', 'phone', 'email', 'healthNotes', 'disability', 'courtMeasures']
    .map((key) => anna[key])
    .filter((value): value is string => typeof value === 'string' && value.length >= 4);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['op.bussero', 'tavolo.demo', 'udp']) as[who] = await authHeader(app, who);
  anna = (await app.db
    .query('api::beneficiary.beneficiary')
    .findOne({ where: { lastName: 'Prova', firstName: 'Anna' } })) as Record<string, unknown>;
  const kase = (await app
    .documents('api::case.case')
    .findFirst({ filters: { municipality: { name: 'Carugate' } } } as never)) as unknown as { documentId: string };
  carugateCase = kase.documentId;
  carugate = (await app.documents('api::municipality.municipality').findFirst({ filters: { name: 'Carugate' } } as never))!
    .documentId;
  // Every line the app logs from here on, whatever the configured level.
  for (const level of ['error', 'warn', 'info', 'http', 'debug'] as const) {
    jest.spyOn(app.log, level).mockImplementation(((message: unknown) => {
      lines.push(`${level} ${String(message)}`);
      return app.log;
    }) as never);
  }
});
afterAll(stopStrapi);
beforeEach(() => {
  lines.length = 0;
});

describe('refused accesses are logged with who and what, never the values', () => {
  it('an operator creating a case in another comune: 403, logged with the account and the route, not the body', async () => {
    const response = await http(app)
      .post('/api/cases')
      .set(as['op.bussero'])
      .send({ data: { beneficiary: anna.documentId, municipality: carugate, summary: 'Nota clinica riservatissima' } });
    expect(response.status).toBe(403);
    const refused = lines.filter((l) => l.startsWith('warn Access refused 403'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/POST \/api\/cases route=\/api\/cases by user#\d+ op\.bussero \(operator\)/);
    expect(lines.join('\n')).not.toContain('riservatissima');
  });

  it('a role without access to personal data filtering by a fiscal code: 403, logged with the parameter names only', async () => {
    const response = await http(app).get(`/api/beneficiaries?filters[fiscalCode][$eq]=${anna.fiscalCode}`).set(as['tavolo.demo']);
    expect(response.status).toBe(403);
    const refused = lines.filter((l) => l.startsWith('warn Access refused 403'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('tavolo.demo');
    expect(refused[0]).toContain('query=[filters]');
    expect(lines.join('\n')).not.toContain(String(anna.fiscalCode));
  });

  it('an anonymous call to the case files: 401 or 403, logged as anonymous', async () => {
    const response = await http(app).get('/api/cases?_q=Prova');
    expect([401, 403]).toContain(response.status);
    expect(lines.some((l) => /^warn Access refused 40[13]: GET \/api\/cases .*by anonymous/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain('Prova');
  });

  it("asking for another comune's case by id: the same 404 as a missing one, both audited as denied with who and which id", async () => {
    const before = await lastAuditId();
    const other = await http(app).get(`/api/cases/${carugateCase}`).set(as['op.bussero']);
    const missing = await http(app).get('/api/cases/nonesistequestocaso00000').set(as['op.bussero']);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    const rows = await auditAfter(before);
    expect(rows.map((r) => [r.action, r.subjectType, r.subjectId, r.actorUsername, r.actorRole])).toEqual([
      ['case-files.denied', 'api::case.case', carugateCase, 'op.bussero', 'operator'],
      ['case-files.denied', 'api::case.case', 'nonesistequestocaso00000', 'op.bussero', 'operator'],
    ]);
  });

  it('a successful search logs the request without the searched values', async () => {
    const response = await http(app)
      .get(`/api/beneficiaries?filters[fiscalCode][$eq]=${anna.fiscalCode}&_q=Prova`)
      .set(as['op.bussero']);
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
    const line = lines.find((l) => l.startsWith('http GET /api/beneficiaries'));
    expect(line).toMatch(/\[_q,filters\].* 200$/);
    expect(lines.join('\n')).not.toContain(String(anna.fiscalCode));
    expect(lines.join('\n')).not.toContain('Prova');
  });
});

describe('reads of personal data', () => {
  it('GET of a beneficiary is audited with who, what and when; neither the trail nor the log holds a value', async () => {
    const before = await lastAuditId();
    const response = await http(app).get(`/api/beneficiaries/${anna.documentId}?populate=*`).set(as['op.bussero']);
    expect(response.status).toBe(200);
    expect(response.body.data.fiscalCode).toBe(anna.fiscalCode);
    const rows = await auditAfter(before);
    const read = rows.find((r) => r.action === 'case-files.read' && r.subjectType === 'api::beneficiary.beneficiary');
    expect(read).toMatchObject({
      subjectId: anna.documentId,
      actorUsername: 'op.bussero',
      actorRole: 'operator',
      actorId: expect.any(Number),
    });
    expect(read!.at).toBeTruthy();
    const written = JSON.stringify(rows) + lines.join('\n');
    expect(personalValues().length).toBeGreaterThan(4);
    for (const value of personalValues()) expect({ value, written: written.includes(value) }).toEqual({ value, written: false });
  });
});

describe('the audit trail cannot be altered through any route', () => {
  let adminToken: string;
  let snapshot: AuditRow[];
  let target: AuditRow;

  beforeAll(async () => {
    // A super admin of Strapi's admin panel: the strongest account there is.
    const superAdmin = (await app.admin.services.role.getSuperAdmin()) as { id: number };
    await app.admin.services.user.create({
      firstname: 'Super',
      lastname: 'Admin',
      email: 'super.admin@ambito.example.org',
      password: 'Super!Ambito2026',
      isActive: true,
      roles: [superAdmin.id],
    });
    const login = await http(app)
      .post('/admin/login')
      .send({ email: 'super.admin@ambito.example.org', password: 'Super!Ambito2026' });
    expect(login.status).toBe(200);
    adminToken = login.body.data.token;
    await http(app).get(`/api/beneficiaries/${anna.documentId}`).set(as['op.bussero']);
    snapshot = (await app.db.query(AUDIT).findMany({ orderBy: { id: 'asc' } })) as AuditRow[];
    target = snapshot.find((r) => r.action === 'case-files.read')!;
  });

  it("no content-API route writes it: the workflows' audit routes answer 404/405 to the UdP", async () => {
    for (const [method, path] of [
      ['post', '/api/workflows/audit'],
      ['put', `/api/workflows/audit/${target.id}`],
      ['delete', `/api/workflows/audit/${target.id}`],
      ['post', '/api/workflows/audit-records'],
      ['put', `/api/workflows/audit-records/${target.id}`],
    ] as const) {
      const response = await http(app)
        [method](path)
        .set(as.udp)
        .send({ data: { action: 'case-files.none' } });
      expect({ method, path, refused: [403, 404, 405].includes(response.status) }).toEqual({ method, path, refused: true });
    }
  });

  it("Strapi's content manager refuses anonymous callers (401) and a super admin (403): no create, update, delete", async () => {
    const base = `/content-manager/collection-types/${AUDIT}`;
    const attempts = [
      [
        'post',
        base,
        {
          action: 'case-files.read',
          kind: 'transition',
          workflowKey: 'case-files',
          subjectId: 'forged',
          at: new Date().toISOString(),
        },
      ],
      ['put', `${base}/${(target as unknown as { documentId: string }).documentId}`, { actorUsername: 'qualcun.altro' }],
      ['delete', `${base}/${(target as unknown as { documentId: string }).documentId}`, {}],
      ['post', `${base}/actions/bulkDelete`, { documentIds: [(target as unknown as { documentId: string }).documentId] }],
    ] as const;
    for (const [method, path, body] of attempts) {
      const anonymous = await http(app)[method](path).send(body);
      expect({ method, path, status: anonymous.status }).toEqual({ method, path, status: 401 });
      const admin = await http(app)[method](path).set('Authorization', `Bearer ${adminToken}`).send(body);
      expect({ method, path, status: admin.status }).toEqual({ method, path, status: 403 });
    }
  });

  it('no row changed and none was added by those attempts', async () => {
    const after = (await app.db
      .query(AUDIT)
      .findMany({ where: { id: { $lte: snapshot[snapshot.length - 1].id } }, orderBy: { id: 'asc' } })) as AuditRow[];
    expect(after).toEqual(snapshot);
    const added = await auditAfter(snapshot[snapshot.length - 1].id);
    expect(added.filter((r) => r.subjectId === 'forged' || r.actorUsername === 'qualcun.altro')).toEqual([]);
  });
});
