import type { Core, UID } from '@strapi/strapi';
import * as data from './data';
import type { SeedContext } from './seed-context';
import { demoPeople, DEMO_PROVIDER_VAT, type DemoPerson } from './cases/demo';
import { fiscalCodeOf } from './cases/fake-people';
import { startCaseWorkflow, workflowKeyFor } from '../cases/workflow';

const BENEFICIARY = 'api::beneficiary.beneficiary';

/**
 * Demo case files of Distretto 4 (issue #5): open cases in every comune, a pending and an accepted
 * referral to ente.demo's provider (one more whose consent was revoked), interventions, a voucher with
 * redemptions, housing reports on the waitlist. A person already present (by codice fiscale) is kept.
 */
export async function seedCases(context: SeedContext): Promise<void> {
  const { strapi, documentIdOf, count } = context;
  const userIds = new Map<string, number>();
  for (const u of await strapi.db.query('plugin::users-permissions.user').findMany({ select: ['id', 'username'] })) {
    userIds.set(u.username as string, u.id as number);
  }
  let sequence = (await strapi.db.query('api::case.case').count()) as number;
  for (const person of demoPeople) {
    const municipality = data.municipalities.find((m) => m.istatCode === person.istat);
    if (!municipality) throw new Error(`unknown comune ${person.istat}`);
    const fiscalCode = fiscalCodeOf({ ...person, cadastralCode: municipality.cadastralCode as string });
    if (await strapi.db.query(BENEFICIARY).findOne({ where: { fiscalCode }, select: ['id'] })) {
      count(BENEFICIARY, false);
      continue;
    }
    sequence += 1;
    await seedPerson(strapi, person, fiscalCode, sequence, documentIdOf, userIds);
    count(BENEFICIARY, true);
  }
}

async function seedPerson(
  strapi: Core.Strapi,
  person: DemoPerson,
  fiscalCode: string,
  sequence: number,
  documentIdOf: SeedContext['documentIdOf'],
  userIds: Map<string, number>
) {
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);
  const create = async (uid: string, values: Record<string, unknown>) =>
    (await docs(uid).create({ data: values })) as { documentId: string };
  const municipality = documentIdOf('municipality', person.istat);
  const provider = documentIdOf('provider', DEMO_PROVIDER_VAT);
  const year = person.case.openedAt.slice(0, 4);

  const beneficiary = await create(BENEFICIARY, {
    firstName: person.firstName,
    lastName: person.lastName,
    fiscalCode,
    birthDate: person.birthDate,
    sex: person.sex,
    citizenship: person.citizenship ?? 'italiana',
    municipality,
    phone: person.phone ?? null,
    email: `${person.key}@esempio.invalid`,
    address: 'Via di Esempio 1',
    disability: person.disability ?? null,
    healthNotes: person.healthNotes ?? null,
    iseeValue: person.iseeValue ?? null,
    courtMeasures: person.courtMeasures ?? null,
  });
  if (person.members) await create('api::household.household', { beneficiary: beneficiary.documentId, members: person.members });
  const kase = await create('api::case.case', {
    code: `C-${year}-${String(sequence).padStart(5, '0')}`,
    beneficiary: beneficiary.documentId,
    municipality,
    service: documentIdOf('service', person.case.service),
    area: documentIdOf('area', person.case.area),
    status: 'open',
    openedAt: person.case.openedAt,
    summary: person.case.summary,
    assignedOperator: person.case.assignedTo ? userIds.get(person.case.assignedTo) : null,
    housingScore: person.case.housing?.score ?? null,
    housingReportedAt: person.case.housing?.reportedAt ?? null,
  });
  if (person.referral) {
    const r = person.referral;
    await create('api::referral.referral', {
      case: kase.documentId,
      fromMunicipality: municipality,
      fromService: documentIdOf('service', person.case.service),
      toProvider: provider,
      toService: documentIdOf('service', r.toService),
      status: r.status,
      reason: r.reason,
      consentPurpose: "Attivazione dell'intervento presso l'ente (esempio)",
      consentGiven: true,
      consentGivenAt: `${person.case.openedAt}T09:00:00.000Z`,
      consentRevokedAt: r.consent === 'revoked' ? '2026-11-01T09:00:00.000Z' : null,
      decidedAt: r.status === 'accepted' ? `${person.case.openedAt}T15:00:00.000Z` : null,
      decidedBy: r.status === 'accepted' ? userIds.get('ente.demo') : null,
    });
  }
  for (const i of person.interventions ?? []) {
    await create('api::intervention.intervention', {
      ...i,
      case: kase.documentId,
      service: documentIdOf('service', person.case.service),
      provider,
    });
  }
  if (person.voucher) {
    const v = person.voucher;
    const used = v.redemptions.reduce((sum, r) => sum + r.amount, 0);
    await create('api::voucher.voucher', {
      code: `V-${year}-${String(sequence).padStart(5, '0')}`,
      beneficiary: beneficiary.documentId,
      case: kase.documentId,
      service: documentIdOf('service', v.service),
      provider,
      value: v.value,
      validFrom: v.validFrom,
      validTo: v.validTo,
      copaymentShare: 0,
      status: 'issued',
      balance: v.value - used,
      redemptions: v.redemptions.map((r) => ({ ...r, recordedBy: userIds.get('ente.demo') })),
    });
  }
  await seedWorkflow(strapi, person, kase.documentId, documentIdOf('service', person.case.service));
}

interface DemoUser {
  id: number;
  username: string;
  role: { type: string };
}

/**
 * The case's workflow, started as a new case starts it (by the comune's demo operator, else the UdP), then
 * moved by demo users through the engine, so that state, history and audit are real.
 */
async function seedWorkflow(strapi: Core.Strapi, person: DemoPerson, caseId: string, service: string | undefined) {
  const key = await workflowKeyFor(strapi, { service });
  if (!key) return;
  const userNamed = async (username: string) =>
    (await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username }, select: ['id', 'username'], populate: { role: { select: ['type'] } } })) as DemoUser;
  const operator = data.users.find((u) => u.role === 'operator' && u.municipalities?.includes(person.istat));
  const instance = await startCaseWorkflow(strapi, await userNamed(operator?.username ?? 'udp'), caseId, key);
  let state = (
    (await strapi.db.query('plugin::workflows.instance').findOne({ where: { documentId: instance }, select: ['state'] })) as {
      state: string;
    }
  ).state;
  for (const move of person.case.moves ?? []) {
    const request = { transition: move.transition, expectedState: state, comment: move.comment ?? null };
    state = (
      await strapi
        .plugin('workflows')
        .service('transitions')
        .take(instance, request, await userNamed(move.by))
    ).state;
  }
}
