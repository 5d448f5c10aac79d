import type { UID } from '@strapi/strapi';
import { municipalRegulations } from './copayment/municipal-tariffs';
import { sampleDatasets } from './copayment/sample-beneficiaries';
import type { SeedRegulation } from './copayment/types';
import { uniformRegulation } from './copayment/uniform-tariffs';
import type { SeedContext } from './seed-context';

const REGULATION = 'api::copayment-regulation.copayment-regulation' as UID.ContentType;
const TARIFF = 'api::copayment-tariff.copayment-tariff' as UID.ContentType;
const DATASET = 'api::copayment-dataset.copayment-dataset' as UID.ContentType;

/**
 * The co-payment demo (EXAMPLE DATA, see copayment/uniform-tariffs.ts): the uniform district tariffs
 * proposed for 2020 and each comune's tariffs of today for home care (SAD/SADH/ADH, per hour) and social
 * transport (per trip), and one sample of ~200 anonymous beneficiaries per service for the simulations.
 * Idempotent: regulations are found by code, tariffs by regulation and service, datasets by name.
 */
export async function seedCopayment(context: SeedContext): Promise<void> {
  for (const regulation of [uniformRegulation, ...municipalRegulations]) await ensureRegulation(context, regulation);
  for (const dataset of sampleDatasets) {
    const docs = context.strapi.documents(DATASET);
    if (await docs.findFirst({ filters: { name: dataset.name } as never })) {
      context.count(DATASET, false);
      continue;
    }
    await docs.create({
      data: {
        name: dataset.name,
        service: context.documentIdOf('service', dataset.serviceCode),
        rows: dataset.rows,
        notes: dataset.notes,
        exampleData: true,
      } as never,
    });
    context.count(DATASET, true);
  }
}

async function ensureRegulation(context: SeedContext, seed: SeedRegulation): Promise<void> {
  const regulations = context.strapi.documents(REGULATION);
  let regulation = (await regulations.findFirst({ filters: { code: seed.code } as never })) as { documentId: string } | null;
  context.count(REGULATION, !regulation);
  if (!regulation) {
    const { tariffs: _tariffs, municipality, ...fields } = seed;
    regulation = (await regulations.create({
      data: {
        ...fields,
        municipality: municipality ? context.documentIdOf('municipality', municipality) : undefined,
        exampleData: true,
      } as never,
    })) as { documentId: string };
  }
  for (const [serviceCode, parameters] of Object.entries(seed.tariffs)) {
    const service = context.documentIdOf('service', serviceCode);
    if (!service) continue;
    const tariffs = context.strapi.documents(TARIFF);
    const existing = await tariffs.findFirst({
      filters: { regulation: { documentId: regulation.documentId }, service: { documentId: service } } as never,
    });
    context.count(TARIFF, !existing);
    if (!existing) {
      await tariffs.create({
        data: { ...parameters, regulation: regulation.documentId, service, notes: seed.notes } as never,
      });
    }
  }
}
