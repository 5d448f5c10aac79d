import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { CASE_FILE_TYPES } from '../../src/middlewares/admin-guard';

/**
 * Issue 15 point 1: a fresh install handed a super admin to the first anonymous caller of
 * POST /admin/register-admin, and the content manager then read and wrote the case files without their
 * rules or audit. Now the first admin comes from the command line only, the server listens on 127.0.0.1
 * unless HOST says otherwise, and the content manager refuses every case-file type to every admin.
 */
let app: Core.Strapi;
const savedHost = process.env.HOST;
const ADMIN = {
  email: 'sviluppo@ambito.example.org',
  password: 'Sviluppo-Ambito!2026',
  firstname: 'Sviluppo',
  lastname: 'Ambito',
};

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  delete process.env.HOST;
  app = await startStrapi({ demo: true });
});
afterAll(async () => {
  await stopStrapi();
  if (savedHost !== undefined) process.env.HOST = savedHost;
});

const admins = () => app.db.query('admin::user').count();

/** What `npm run admin:create` does (Strapi's `admin:create-user`): a super admin created on the server. */
async function createSuperAdmin(): Promise<Record<string, string>> {
  const superAdmin = await app.service('admin::role').getSuperAdmin();
  await app.service('admin::user').create({ ...ADMIN, registrationToken: null, isActive: true, roles: [superAdmin.id] });
  const login = await http(app).post('/admin/login').send({ email: ADMIN.email, password: ADMIN.password });
  expect(login.status).toBe(200);
  return { Authorization: `Bearer ${login.body.data.token}` };
}

describe('a fresh install hands out no admin', () => {
  it('listens on 127.0.0.1 unless HOST is set', () => {
    expect(app.config.get('server.host')).toBe('127.0.0.1');
  });

  it('POST /admin/register-admin is refused while no admin exists, in every spelling, and creates none', async () => {
    expect(await admins()).toBe(0);
    expect((await http(app).get('/admin/init')).body.data.hasAdmin).toBe(false);
    for (const path of ['/admin/register-admin', '/ADMIN/register-admin', '/admin/Register-Admin', '/admin/register-admin/']) {
      const response = await http(app).post(path).send(ADMIN);
      expect({ path, status: [403, 404].includes(response.status), token: Boolean(response.body?.data?.token) }).toEqual({
        path,
        status: true,
        token: false,
      });
    }
    const refused = await http(app).post('/admin/register-admin').send(ADMIN);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/npm run admin:create.* \/ .*npm run admin:create/);
    expect(await admins()).toBe(0);
  });
});

describe('the content manager refuses the case files to every admin, super admins included', () => {
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await createSuperAdmin();
  });

  it('the admin works elsewhere: the catalogue is readable in the content manager', async () => {
    const services = await http(app).get('/content-manager/collection-types/api::service.service').set(admin);
    expect(services.status).toBe(200);
    expect(services.body.results.length).toBeGreaterThan(0);
  });

  it('lists, records, relations and writes of every case-file type answer 403, however the type is spelled', async () => {
    const beneficiary = await app.db.query('api::beneficiary.beneficiary').findOne({ select: ['documentId'] });
    const refused: string[] = [];
    const requests = CASE_FILE_TYPES.flatMap((uid) => [
      http(app).get(`/content-manager/collection-types/${uid}`).set(admin),
      http(app)
        .get(`/content-manager/collection-types/${encodeURIComponent(uid)}`)
        .set(admin),
      http(app).get(`/content-manager/collection-types/${uid}/${beneficiary.documentId}`).set(admin),
      http(app).get(`/content-manager/content-types/${uid}/configuration`).set(admin),
      http(app).post(`/content-manager/collection-types/${uid}`).set(admin).send({ lastName: 'Rossi' }),
      http(app)
        .post(`/content-manager/collection-types/${uid}/actions/bulkDelete`)
        .set(admin)
        .send({ documentIds: [beneficiary.documentId] }),
    ]);
    for (const request of requests) {
      const response = await request;
      if (response.status !== 403)
        refused.push(`${response.request.method} ${new URL(response.request.url).pathname} → ${response.status}`);
    }
    expect(refused).toEqual([]);
    // Relations of another type towards a case-file type, named in the query.
    const relation = await http(app).get(`/content-manager/relations/api::case.case/beneficiary`).set(admin);
    expect(relation.status).toBe(403);
    expect(await app.db.query('api::beneficiary.beneficiary').count()).toBeGreaterThan(0);
    expect(
      await app.db.query('api::beneficiary.beneficiary').findOne({ where: { documentId: beneficiary.documentId } })
    ).not.toBeNull();
  });
});
