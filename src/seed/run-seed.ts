import type { Core, UID } from '@strapi/strapi';
import * as data from './data';
import type { SeedService } from './types';
import { isLocalized } from '../catalogue/is-localized';
import { seedForms } from './seed-forms';
import { seedWorkflows } from './seed-workflows';
import { seedCasePaths } from './seed-case-paths';
import { seedCopayment } from './seed-copayment';
import { seedGovernance } from './seed-governance';
import { seedCases } from './seed-cases';
import { seedObservatory } from './seed-observatory';
import type { SeedContext } from './seed-context';

export const DEMO_PASSWORD = 'Demo!Ambito2026';

type Logger = (message: string) => void;
interface Counter {
  created: number;
  kept: number;
}

/**
 * Loads the demo data of Distretto 4. Idempotent: a record whose natural key already exists is kept
 * as it is (a user may have changed it), so running it again creates only what is missing.
 */
export async function seedDemo(strapi: Core.Strapi, log: Logger = () => undefined): Promise<Record<string, Counter>> {
  const report: Record<string, Counter> = {};
  const count = (type: string, created: boolean) => {
    report[type] ??= { created: 0, kept: 0 };
    report[type][created ? 'created' : 'kept'] += 1;
  };
  const docs = (uid: string) => strapi.documents(uid as UID.ContentType);
  const findBy = async (uid: string, field: string, value: string) =>
    (await docs(uid).findFirst({ filters: { [field]: value }, locale: isLocalized(strapi, uid) ? 'it' : undefined })) as {
      documentId: string;
      id: number;
    } | null;
  const ids = new Map<string, string>();
  const key = (type: string, natural: string) => `${type}:${natural}`;

  /** Creates the Italian version and its English translation; returns the documentId. */
  async function ensure(uid: string, field: string, value: string, it: object, en: object | null, shared: object) {
    const existing = await findBy(uid, field, value);
    if (existing) {
      count(uid, false);
      return { documentId: existing.documentId, created: false };
    }
    const localized = isLocalized(strapi, uid);
    const created = await docs(uid).create({ data: { ...shared, ...it }, locale: localized ? 'it' : undefined });
    if (localized && en) {
      await docs(uid).update({ documentId: created.documentId, locale: 'en', data: { ...shared, ...en } });
    }
    count(uid, true);
    return { documentId: created.documentId as string, created: true };
  }

  for (const m of data.municipalities) {
    const { documentId } = await ensure('api::municipality.municipality', 'istatCode', m.istatCode, m, null, {});
    ids.set(key('municipality', m.istatCode), documentId);
  }
  const allMunicipalities = data.municipalities.map((m) => ids.get(key('municipality', m.istatCode)) as string);

  for (const a of data.areas) {
    const { documentId } = await ensure('api::area.area', 'code', a.code, a.it, a.en, { code: a.code, legacy: a.legacy });
    ids.set(key('area', a.code), documentId);
  }
  for (const f of data.fundingSources) {
    const { documentId } = await ensure('api::funding-source.funding-source', 'code', f.code, f.it, f.en, {
      code: f.code,
      level: f.level,
    });
    ids.set(key('funding', f.code), documentId);
  }
  for (const m of data.measures) {
    const shared = {
      code: m.code,
      level: m.level,
      legalBasis: m.legalBasis,
      fundingSources: m.fundingSources.map((code) => ids.get(key('funding', code))),
    };
    const { documentId } = await ensure('api::measure.measure', 'code', m.code, m.it, m.en, shared);
    ids.set(key('measure', m.code), documentId);
  }
  for (const p of data.providers) {
    const { documentId } = await ensure('api::provider.provider', 'vatNumber', p.vatNumber, p, null, {});
    ids.set(key('provider', p.vatNumber), documentId);
  }

  const newServices: SeedService[] = [];
  for (const s of data.services) {
    const shared = {
      code: s.code,
      area: ids.get(key('area', s.areaCode)),
      management: s.management,
      procurementMode: s.procurementMode,
      status: s.status,
      yearlyBudget: s.yearlyBudget,
      internalNotes: s.internalNotes,
      contactEmail: s.contactEmail,
      contactPhone: s.contactPhone,
      municipalities:
        s.municipalities === 'all' ? allMunicipalities : s.municipalities.map((istat) => ids.get(key('municipality', istat))),
      fundingSources: s.fundingSources.map((code) => ids.get(key('funding', code))),
      measures: s.measures.map((code) => ids.get(key('measure', code))),
    };
    const { documentId, created } = await ensure('api::service.service', 'code', s.code, s.it, s.en, shared);
    ids.set(key('service', s.code), documentId);
    if (created) newServices.push(s);
  }

  for (const a of data.accreditations) {
    const provider = ids.get(key('provider', a.providerVat)) as string;
    const service = ids.get(key('service', a.serviceCode)) as string;
    const existing = await docs('api::accreditation.accreditation').findFirst({
      filters: { provider: { documentId: provider }, service: { documentId: service }, register: a.register } as never,
    });
    if (existing) {
      count('api::accreditation.accreditation', false);
      continue;
    }
    await docs('api::accreditation.accreditation').create({
      data: { provider, service, register: a.register, validFrom: a.validFrom, validTo: a.validTo, status: a.status } as never,
    });
    count('api::accreditation.accreditation', true);
  }

  // Providers are linked after the accreditations exist: an accredited service lists only accredited providers.
  for (const s of newServices) {
    if (s.providers.length === 0) continue;
    const providers = s.providers.map((vat) => ids.get(key('provider', vat)));
    for (const locale of ['it', 'en']) {
      await docs('api::service.service').update({
        documentId: ids.get(key('service', s.code)) as string,
        locale,
        data: { providers } as never,
      });
    }
  }

  await seedUsers(strapi, ids, key, count);
  const context: SeedContext = { strapi, documentIdOf: (type, code) => ids.get(key(type, code)), count };
  await seedForms(context);
  await seedWorkflows(context);
  await seedCasePaths(context);
  await seedCopayment(context);
  await seedGovernance(context);
  await seedCases(context);
  await seedObservatory(context);
  for (const [type, c] of Object.entries(report)) log(`${type}: ${c.created} created, ${c.kept} kept`);
  return report;
}

async function seedUsers(
  strapi: Core.Strapi,
  ids: Map<string, string>,
  key: (type: string, natural: string) => string,
  count: (type: string, created: boolean) => void
): Promise<void> {
  const users = strapi.db.query('plugin::users-permissions.user');
  const roles = strapi.db.query('plugin::users-permissions.role');
  const idOf = async (uid: string, documentId: string | undefined) =>
    documentId
      ? ((await strapi.db.query(uid as UID.ContentType).findOne({ where: { documentId }, select: ['id'] }))?.id as number)
      : undefined;

  for (const u of data.users) {
    if (await users.findOne({ where: { username: u.username } })) {
      count('plugin::users-permissions.user', false);
      continue;
    }
    const role = await roles.findOne({ where: { type: u.role } });
    const municipalities = await Promise.all(
      (u.municipalities ?? []).map((istat) => idOf('api::municipality.municipality', ids.get(key('municipality', istat))))
    );
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: u.username,
        email: u.email,
        password: DEMO_PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        municipalities,
        linkedProvider: await idOf('api::provider.provider', u.providerVat && ids.get(key('provider', u.providerVat))),
      });
    count('plugin::users-permissions.user', true);
  }
}
