import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http } from '../helpers/http';
import { testSmtp } from '../helpers/smtp';
import { publishWorkflow, t } from './workflows-fixtures';
import { romeDate } from '../../src/plugins/workflows/shared';

/**
 * The notices of the cases and workflows engines, delivered to a real SMTP server started here: a referral
 * received (to the provider's staff, without the person's data), a task assigned (to the person, or to the
 * holders of the role who may see the record), a deadline near (once per deadline, however often and by
 * however many instances the scan runs). Each respects the recipient's preferences.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const smtp = testSmtp();
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const CASE = 'api::case.case';

type DailyJob = { deadlinesNear(today: string, workingDays: number): Promise<number> };
const dailyJob = () => app.plugin('workflows').service('daily-job') as DailyJob;
const outbox = () =>
  app.plugin('mail').service('outbox') as { deliverDue(o?: { limit?: number }): Promise<{ sent: number; failed: number }> };
const prefer = (who: string, notices: Record<string, boolean>) =>
  http(app).put('/api/mail/preferences').set(as[who]).send({ data: { notices } });
/** What arrived since the call began: the outbox is sent, then the new messages are read. */
async function deliveredDuring(action: () => Promise<unknown>) {
  const before = smtp.received.length;
  await action();
  await outbox().deliverDue({ limit: 1000 });
  return smtp.received.slice(before);
}
const to = <M extends { to?: unknown }>(mails: M[], username: string): M[] =>
  mails.filter((m) => JSON.stringify(m.to ?? '').includes(`${username}@ambito.example.org`));

beforeAll(async () => {
  const port = await smtp.start(0);
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(port);
  process.env.SMTP_FROM = 'Ufficio di Piano <udp@ambito.example.org>';
  process.env.MAIL_QUEUE_INTERVAL_SECONDS = '0';
  app = await startStrapi({ demo: true });
  for (const who of ['udp', 'op.bussero', 'op.carugate', 'ente.demo']) as[who] = await authHeader(app, who);
  ids.provider = await documentIdOf(app, 'api::provider.provider', { vatNumber: '90000010000' });
  ids.sad = await documentIdOf(app, 'api::service.service', { code: 'sad-sadh-adh' });
  ids.anna = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Anna', lastName: 'Prova' });
  ids.annaCase = await documentIdOf(app, CASE, { beneficiary: { documentId: ids.anna } });
  ids.luca = await documentIdOf(app, 'api::beneficiary.beneficiary', { firstName: 'Luca', lastName: 'Esempio' });
  ids.lucaCase = await documentIdOf(app, CASE, { beneficiary: { documentId: ids.luca } });
  await outbox().deliverDue({ limit: 1000 }); // the demo's own notices
});
afterAll(async () => {
  await stopStrapi();
  await smtp.stop();
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM']) delete process.env[key];
});

describe('a referral received by a provider', () => {
  const refer = () =>
    http(app)
      .post('/api/referrals')
      .set(as['op.bussero'])
      .send({
        data: {
          case: ids.annaCase,
          toProvider: ids.provider,
          toService: ids.sad,
          reason: 'Motivo riservato (prova)',
          consentPurpose: 'Prova',
          consentGiven: true,
        },
      });

  it("reaches the provider's staff with the service and the link, never the person's data", async () => {
    let referral = '';
    const mails = await deliveredDuring(async () => {
      const created = await refer();
      expect(created.status).toBe(201);
      referral = created.body.data.documentId;
    });
    const [notice] = to(mails, 'ente.demo');
    expect(notice).toBeDefined();
    expect(mails.every((m) => to([m], 'ente.demo').length === 1)).toBe(true); // nobody else
    expect(notice.subject).toContain('Nuovo invio');
    expect(notice.text).toContain('Assistenza domiciliare');
    expect(notice.text).toContain(`/console/referrals/${referral}/show`);
    expect(notice.text).toContain('(English:');
    const anna = (await app.db.query('api::beneficiary.beneficiary').findOne({ where: { documentId: ids.anna } })) as {
      fiscalCode: string;
      firstName: string;
      lastName: string;
    };
    for (const secret of [anna.fiscalCode, anna.lastName, 'Motivo riservato']) {
      expect(`${notice.subject}\n${notice.text}`).not.toContain(secret);
    }
  });

  it("only a provider's staff is offered the referral notice to choose", async () => {
    const offered = async (who: string) =>
      ((await http(app).get('/api/mail/preferences').set(as[who])).body.data.kinds as { kind: string }[]).map((k) => k.kind);
    expect(await offered('ente.demo')).toEqual(['meetings', 'minutes', 'referrals', 'tasks']);
    expect(await offered('op.bussero')).toEqual(['meetings', 'minutes', 'tasks']);
  });

  it('a staff member who turned referrals off gets none', async () => {
    expect((await prefer('ente.demo', { referrals: false })).status).toBe(200);
    const mails = await deliveredDuring(async () => expect((await refer()).status).toBe(201));
    expect(to(mails, 'ente.demo')).toEqual([]);
    await prefer('ente.demo', { referrals: true });
  });
});

describe('workflow tasks and deadlines', () => {
  // On a case: a task for the operators' role, one for op.bussero by name, and a deadline in 2 working days.
  const definition = {
    start: {
      roles: ['operator', 'udp'],
      actions: [
        { type: 'assign', role: 'operator', user: 'op.bussero' },
        { type: 'task', role: 'operator', title: t('Verificare la documentazione', 'Check the documents') },
        { type: 'task', user: 'op.bussero', title: t('Chiamare la famiglia', 'Call the family'), dueInWorkingDays: 3 },
        { type: 'deadline', workingDays: 2 },
      ],
    },
    states: [
      { key: 'open', label: t('Aperta', 'Open'), kind: 'initial', colour: '#1565c0' },
      { key: 'end', label: t('Chiusa', 'Closed'), kind: 'final', colour: '#2e7d32' },
    ],
    transitions: [{ key: 'close', from: 'open', to: 'end', label: t('Chiudi', 'Close'), roles: ['udp'] }],
  };
  let instance = '';

  beforeAll(async () => {
    await publishWorkflow(app, as.udp, 'avvisi-prova', definition, CASE);
  });

  it('a task reaches the person named, or the holders of the role who may see the record', async () => {
    expect((await prefer('op.carugate', { tasks: true })).status).toBe(200);
    const mails = await deliveredDuring(async () => {
      const started = await http(app)
        .post('/api/workflows/instances')
        .set(as['op.bussero'])
        .send({ workflow: 'avvisi-prova', subject: { type: CASE, documentId: ids.lucaCase } });
      expect(started.status).toBe(201);
      instance = started.body.data.documentId;
    });
    const bussero = to(mails, 'op.bussero');
    expect(bussero.map((m) => m.subject).sort()).toEqual([
      'Nuova attività: Chiamare la famiglia / New task: Call the family',
      'Nuova attività: Verificare la documentazione / New task: Check the documents',
    ]);
    const named = bussero.find((m) => m.subject?.includes('Chiamare'))!;
    expect(named.text).toMatch(/assegnata a te l'attività "Chiamare la famiglia", da completare entro il \d{2}\/\d{2}\/\d{4}/);
    expect(named.text).toContain('/console/workflow-tasks');
    expect(named.text).toContain('(English: in the workflow "avvisi-prova" the task "Call the family" was assigned to you');
    // op.carugate holds the role but may not see a Bussero case: no notice about it.
    expect(to(mails, 'op.carugate')).toEqual([]);
    const luca = (await app.db.query('api::beneficiary.beneficiary').findOne({ where: { documentId: ids.luca } })) as {
      fiscalCode: string;
      lastName: string;
    };
    for (const m of bussero) for (const secret of [luca.fiscalCode, luca.lastName]) expect(m.text).not.toContain(secret);
  });

  it('a person who turned tasks off gets no task notice', async () => {
    await prefer('op.bussero', { tasks: false });
    const mails = await deliveredDuring(async () => {
      const started = await http(app)
        .post('/api/workflows/instances')
        .set(as['op.bussero'])
        .send({ workflow: 'avvisi-prova', subject: { type: CASE, documentId: ids.annaCase } });
      expect(started.status).toBe(201);
    });
    expect(to(mails, 'op.bussero')).toEqual([]);
    await prefer('op.bussero', { tasks: true });
  });

  it('a deadline near is told once, however often and by however many instances the scan runs', async () => {
    const row = (await app.db
      .query('plugin::workflows.instance')
      .findOne({ where: { documentId: instance }, select: ['deadline'] })) as { deadline: string };
    const deadline = String(row.deadline).slice(0, 10);
    const today = romeDate(new Date());
    // Not yet within 1 working day of a deadline 2 working days away (unless today is the eve of a long weekend).
    const mails = await deliveredDuring(async () => {
      // Two scans at once, as two Strapi instances would run them, then again.
      const counts = await Promise.all([dailyJob().deadlinesNear(today, 5), dailyJob().deadlinesNear(today, 5)]);
      expect(counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(1);
      await dailyJob().deadlinesNear(today, 5);
    });
    const near = to(mails, 'op.bussero').filter(
      (m) => m.subject?.includes('Scadenza vicina') && m.text?.includes(`workflow-instances/${instance}/show`)
    );
    expect(near).toHaveLength(1);
    const day = deadline.split('-').reverse().join('/');
    expect(near[0].subject).toBe(`Scadenza vicina (${day}): avvisi-prova / Deadline near`);
    expect(near[0].text).toMatch(/nello stato "Aperta", scade il .* \(entro \d giorni? lavorativ[oi]\)/);
    expect(near[0].text).toContain('(English: a record of the workflow "avvisi-prova", in the state "Open"');
    expect(to(mails, 'op.carugate')).toEqual([]);

    // The daily job runs the same scan: nothing more about the same deadline.
    const again = await deliveredDuring(() =>
      (app.plugin('workflows').service('daily-job') as { run(o: { now: Date }): Promise<unknown> }).run({
        now: new Date(Date.now() + 86_400_000),
      })
    );
    expect(again.filter((m) => m.text?.includes(`workflow-instances/${instance}/show`))).toEqual([]);
  });

  it('with tasks turned off, no deadline notice either', async () => {
    await prefer('op.bussero', { tasks: false });
    await app.db
      .query('plugin::workflows.instance')
      .updateMany({ where: { documentId: instance }, data: { deadline: romeDate(new Date()) } });
    let told = 0;
    const mails = await deliveredDuring(async () => {
      told = await dailyJob().deadlinesNear(romeDate(new Date()), 2);
    });
    expect(told).toBeGreaterThanOrEqual(1); // the new deadline was taken…
    expect(to(mails, 'op.bussero')).toEqual([]); // …and nothing went to the person who said no
    await prefer('op.bussero', { tasks: true });
  });
});
