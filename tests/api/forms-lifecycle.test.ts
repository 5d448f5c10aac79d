import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};

const t = (it: string, en: string) => ({ it, en });
const definitionV1 = {
  sections: [
    {
      key: 'person',
      title: t('Persona', 'Person'),
      fields: [
        { key: 'fullName', type: 'text', label: t('Nome e cognome', 'Full name'), required: true, maxLength: 120 },
        { key: 'birthDate', type: 'date', label: t('Data di nascita', 'Birth date'), required: true },
        {
          key: 'age',
          type: 'calculated',
          label: t('Età', 'Age'),
          resultType: 'integer',
          expression: { age: [{ var: 'birthDate' }] },
        },
        { key: 'hasCourtOrder', type: 'boolean', label: t('Provvedimento del tribunale', 'Court order') },
        {
          key: 'courtOrderDate',
          type: 'date',
          label: t('Data del provvedimento', 'Date of the order'),
          required: true,
          visibleWhen: { '==': [{ var: 'hasCourtOrder' }, true] },
        },
        { key: 'children', type: 'integer', label: t('Figli minori', 'Minor children'), min: 0, max: 20 },
      ],
    },
  ],
};

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'])
    as[username] = await authHeader(app, username);
});
afterAll(stopStrapi);

describe('the forms plugin', () => {
  it('is loaded, with its routes under /api/forms', async () => {
    expect(app.plugin('forms')).toBeDefined();
    expect((await http(app).get('/api/forms/definitions').set(as.udp)).status).toBe(200);
  });

  it('has the five demo forms published', async () => {
    const response = await http(app).get('/api/forms/definitions').set(as.udp);
    const keys = response.body.data.map((f: { key: string }) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['segretariato-intake', 'housing-report', 'sail-enrolment', 'life-project', 'voucher-request'])
    );
    for (const form of response.body.data) {
      expect(form.versions.map((v: { status: string }) => v.status)).toContain('published');
    }
  });
});

describe('life cycle of a form: draft, publish, new version, pinned submissions', () => {
  let firstSubmission: string;

  it('the UdP creates a form: version 1 is a draft nobody can fill yet', async () => {
    const created = await http(app)
      .post('/api/forms/definitions')
      .set(as.udp)
      .send({
        data: { key: 'scheda-prova', title: t('Scheda di prova', 'Trial form'), roles: ['operator'], definition: definitionV1 },
      });
    expect(created.status).toBe(201);
    expect(created.body.data.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft' })]);
    expect((await http(app).get('/api/forms/definitions/scheda-prova/published').set(as['op.bussero'])).status).toBe(404);
  });

  it('only the UdP designs and publishes', async () => {
    const attempt = await http(app)
      .post('/api/forms/definitions')
      .set(as['op.bussero'])
      .send({ data: { key: 'abusivo', title: t('X', 'X'), roles: ['operator'], definition: definitionV1 } });
    expect(attempt.status).toBe(403);
    expect((await http(app).post('/api/forms/definitions/scheda-prova/publish').set(as['op.bussero'])).status).toBe(403);
    expect(
      (
        await http(app)
          .put('/api/forms/definitions/scheda-prova/draft')
          .set(as['tavolo.demo'])
          .send({ data: { definition: definitionV1 } })
      ).status
    ).toBe(403);
  });

  it('publishes version 1, which operators can read and fill', async () => {
    const published = await http(app).post('/api/forms/definitions/scheda-prova/publish').set(as.udp);
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ version: 1, status: 'published' });
    const read = await http(app).get('/api/forms/definitions/scheda-prova/published').set(as['op.bussero']);
    expect(read.status).toBe(200);
    expect(read.body.data.definition).toEqual(definitionV1);
  });

  it('a role the form does not name may not fill it, and is told why', async () => {
    const read = await http(app).get('/api/forms/definitions/scheda-prova/published').set(as['ente.demo']);
    expect(read.status).toBe(403);
    // The plugin's reason, not Strapi's bare "Forbidden": the route's permission passed, the form refused.
    expect(read.body.error.message).toBe('questo modulo non è compilabile dal tuo ruolo / your role may not fill this form');
    const submit = await http(app)
      .post('/api/forms/submissions')
      .set(as['ente.demo'])
      .send({ form: 'scheda-prova', data: { fullName: 'X', birthDate: '1990-01-01' } });
    expect(submit.status).toBe(403);
    expect(submit.body.error.message).toContain('your role may not fill this form');
    // A route the role has no permission for stays Strapi's own refusal.
    const design = await http(app).post('/api/forms/definitions/scheda-prova/publish').set(as['ente.demo']);
    expect(design.status).toBe(403);
    expect(design.body.error.message).toBe('Accesso negato / Forbidden');
  });

  it('validates on the server: wrong values named on their fields, nothing saved', async () => {
    const before = await app.db.query('plugin::forms.submission').count();
    const response = await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({
        form: 'scheda-prova',
        data: { fullName: 'Maria Rossi', birthDate: '31/12/1980', hasCourtOrder: true, children: 25, nickname: 'x' },
      });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['data.birthDate', 'data.courtOrderDate', 'data.children', 'data.nickname']));
    for (const error of response.body.error.details.errors) {
      expect(error.it).toBeTruthy();
      expect(error.en).toBeTruthy();
    }
    expect(await app.db.query('plugin::forms.submission').count()).toBe(before);
  });

  it('a dry run returns the normalised data: calculated filled, hidden dropped, client calculations ignored', async () => {
    const response = await http(app)
      .post('/api/forms/definitions/scheda-prova/validate')
      .set(as['op.bussero'])
      .send({
        data: { fullName: 'Maria Rossi', birthDate: '1980-05-01', age: 3, hasCourtOrder: false, courtOrderDate: '2020-01-01' },
      });
    expect(response.status).toBe(200);
    const expectedAge = new Date().getFullYear() - 1980 - (new Date() < new Date(new Date().getFullYear(), 4, 1) ? 1 : 0);
    expect(response.body.data.data.age).toBe(expectedAge);
    expect(response.body.data.data).not.toHaveProperty('courtOrderDate');
  });

  it('saves a submission pinned to version 1', async () => {
    const response = await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({
        form: 'scheda-prova',
        data: { fullName: 'Maria Rossi', birthDate: '1980-05-01', hasCourtOrder: true, courtOrderDate: '2024-03-01' },
      });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      form: 'scheda-prova',
      formTitle: t('Scheda di prova', 'Trial form'),
      version: 1,
      editable: true,
      author: 'op.bussero',
    });
    firstSubmission = response.body.data.documentId;
  });

  it('editing starts a draft of version 2; version 1 stays exactly as published', async () => {
    const v2 = structuredClone(definitionV1) as typeof definitionV1;
    v2.sections[0].fields.push({ key: 'email', type: 'email', label: t('Email', 'Email') } as never);
    v2.sections[0].fields[0].label = t('Nominativo', 'Name');
    const draft = await http(app)
      .put('/api/forms/definitions/scheda-prova/draft')
      .set(as.udp)
      .send({ data: { definition: v2, changeNote: 'Aggiunta email' } });
    expect(draft.status).toBe(200);
    expect(draft.body.data).toMatchObject({ version: 2, status: 'draft' });
    const v1 = await http(app).get('/api/forms/definitions/scheda-prova/versions/1').set(as.udp);
    expect(v1.body.data.definition).toEqual(definitionV1);

    const diff = await http(app).get('/api/forms/definitions/scheda-prova/diff?from=1&to=2').set(as.udp);
    expect(diff.status).toBe(200);
    expect(diff.body.data.changes).toEqual(
      expect.arrayContaining([
        { kind: 'added', target: 'field:email' },
        expect.objectContaining({ kind: 'changed', target: 'field:fullName' }),
      ])
    );
  });

  it('a published version cannot be changed, even below the API', async () => {
    const v1 = (await app.db
      .query('plugin::forms.form-version')
      .findOne({ where: { version: 1, form: { key: 'scheda-prova' } } })) as { documentId: string };
    await expect(
      app
        .documents('plugin::forms.form-version')
        .update({ documentId: v1.documentId, data: { definition: { sections: [] } } } as never)
    ).rejects.toThrow(/immutable/);
    await expect(app.documents('plugin::forms.form-version').delete({ documentId: v1.documentId } as never)).rejects.toThrow();
  });

  it('publishing version 2 supersedes version 1; the old submission still opens and saves under version 1', async () => {
    const published = await http(app).post('/api/forms/definitions/scheda-prova/publish').set(as.udp);
    expect(published.body.data).toMatchObject({ version: 2, status: 'published' });
    const v1 = await http(app).get('/api/forms/definitions/scheda-prova/versions/1').set(as.udp);
    expect(v1.body.data).toMatchObject({ status: 'retired', supersededBy: 2 });

    const opened = await http(app).get(`/api/forms/submissions/${firstSubmission}`).set(as['op.bussero']);
    expect(opened.status).toBe(200);
    expect(opened.body.data).toMatchObject({ version: 1, editable: true });
    expect(opened.body.data.definition).toEqual(definitionV1);

    const edited = await http(app)
      .put(`/api/forms/submissions/${firstSubmission}`)
      .set(as['op.bussero'])
      .send({ data: { fullName: 'Maria Rossi Bianchi', birthDate: '1980-05-01', hasCourtOrder: false } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ version: 1 });
    expect(edited.body.data.data.fullName).toBe('Maria Rossi Bianchi');
    // `email` exists only in version 2: under version 1 it is an unknown field.
    const withEmail = await http(app)
      .put(`/api/forms/submissions/${firstSubmission}`)
      .set(as['op.bussero'])
      .send({ data: { fullName: 'Maria', birthDate: '1980-05-01', email: 'maria@example.org' } });
    expect(withEmail.status).toBe(400);

    const fresh = await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({ form: 'scheda-prova', data: { fullName: 'Luca Verdi', birthDate: '1975-02-02', email: 'luca@example.org' } });
    expect(fresh.status).toBe(201);
    expect(fresh.body.data.version).toBe(2);
  });

  it('submissions are private to their author (and the UdP)', async () => {
    expect((await http(app).get(`/api/forms/submissions/${firstSubmission}`).set(as['op.carugate'])).status).toBe(404);
    expect(
      (await http(app).put(`/api/forms/submissions/${firstSubmission}`).set(as['op.carugate']).send({ data: {} })).status
    ).toBe(404);
    const list = await http(app).get('/api/forms/submissions?form=scheda-prova').set(as['op.carugate']);
    expect(list.body.data).toEqual([]);
    expect((await http(app).get(`/api/forms/submissions/${firstSubmission}`).set(as.udp)).status).toBe(200);
    expect((await http(app).get('/api/forms/submissions')).status).toBe(403);
  });

  it('retiring stops new submissions and leaves old ones readable, but read-only', async () => {
    const retired = await http(app).post('/api/forms/definitions/scheda-prova/versions/2/retire').set(as.udp);
    expect(retired.status).toBe(200);
    const submit = await http(app)
      .post('/api/forms/submissions')
      .set(as['op.bussero'])
      .send({ form: 'scheda-prova', data: { fullName: 'X', birthDate: '1990-01-01' } });
    expect(submit.status).toBe(404);
    const list = await http(app).get('/api/forms/submissions?form=scheda-prova').set(as['op.bussero']);
    const v2 = list.body.data.find((s: { version: number }) => s.version === 2);
    expect(v2).toMatchObject({ editable: false });
    const edit = await http(app)
      .put(`/api/forms/submissions/${v2.documentId}`)
      .set(as['op.bussero'])
      .send({ data: { fullName: 'Y', birthDate: '1990-01-01' } });
    expect(edit.status).toBe(403);
    expect(edit.body.error.message).toContain('the form version was retired: the submission is read-only');
    expect((await http(app).get(`/api/forms/submissions/${v2.documentId}`).set(as['op.bussero'])).status).toBe(200);
  });
});

describe('file fields name an upload that exists', () => {
  it('refuses a file that was never uploaded or does not match, accepts the stored one', async () => {
    const definition = {
      sections: [
        {
          key: 'docs',
          title: t('Documenti', 'Documents'),
          fields: [
            {
              key: 'isee',
              type: 'file',
              label: t('Attestazione ISEE', 'ISEE certificate'),
              accept: ['application/pdf'],
              maxSizeMb: 5,
            },
          ],
        },
      ],
    };
    await http(app)
      .post('/api/forms/definitions')
      .set(as.udp)
      .send({ data: { key: 'allegati', title: t('Allegati', 'Attachments'), roles: ['operator'], definition } })
      .expect(201);
    await http(app).post('/api/forms/definitions/allegati/publish').set(as.udp).expect(200);
    const stored = await app.db.query('plugin::upload.file').create({
      data: {
        name: 'isee.pdf',
        hash: 'isee_test',
        ext: '.pdf',
        mime: 'application/pdf',
        size: 120.5,
        url: '/uploads/isee_test.pdf',
        provider: 'local',
      },
    });
    const submit = (file: unknown) =>
      http(app)
        .post('/api/forms/submissions')
        .set(as['op.bussero'])
        .send({ form: 'allegati', data: { isee: file } });

    const missing = await submit({ id: stored.id + 1000, name: 'isee.pdf', mime: 'application/pdf', size: 123392 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors[0].path).toEqual(['data', 'isee']);
    const mismatched = await submit({ id: stored.id, name: 'isee.pdf', mime: 'application/pdf', size: 5_000_000 });
    expect(mismatched.status).toBe(400);
    const wrongType = await submit({ id: stored.id, name: 'isee.png', mime: 'image/png', size: 123392 });
    expect(wrongType.status).toBe(400);
    const ok = await submit({ id: stored.id, name: 'isee.pdf', mime: 'application/pdf', size: 123392 });
    expect(ok.status).toBe(201);
  });
});
