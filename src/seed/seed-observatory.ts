import type { SeedContext } from './seed-context';
import { getService } from '../plugins/observatory/server/utils/get-service';
import { demographics, DEMOGRAPHIC_SOURCE, DEMOGRAPHIC_YEAR, objectives, SOURCE_2015_2017 } from './observatory';

/**
 * Demo objectives, indicators and demographics of the programming document (issue #8), written through
 * the observatory's own services (so they pass the same checks as the UdP's writes). Idempotent: an
 * objective, indicator or row that exists (by code, or comune and year) is kept as it is.
 */
export async function seedObservatory({ strapi, count }: SeedContext): Promise<void> {
  const objectiveService = getService(strapi, 'objectives');
  const indicatorService = getService(strapi, 'indicators');
  const exists = async (uid: string, where: Record<string, unknown>) =>
    !!(await strapi.db.query(uid).findOne({ where, select: ['id'] }));

  for (const [index, seed] of objectives.entries()) {
    const { indicators = [], ...objective } = seed;
    if (await exists('plugin::observatory.objective', { code: seed.code })) count('plugin::observatory.objective', false);
    else {
      await objectiveService.create({ ...objective, sortOrder: index });
      count('plugin::observatory.objective', true);
    }
    for (const [position, indicator] of indicators.entries()) {
      if (await exists('plugin::observatory.indicator', { code: indicator.code })) {
        count('plugin::observatory.indicator', false);
        continue;
      }
      const { values = [], computation, ...fields } = indicator;
      const created = await indicatorService.create({
        ...fields,
        objective: seed.code,
        sortOrder: position,
        method: computation ? 'computed' : 'manual',
        ...(computation ? { computation } : {}),
      });
      for (const value of values)
        await indicatorService.setValue(created.documentId, value.year, {
          value: value.value,
          note: value.note,
          source: SOURCE_2015_2017,
        });
      count('plugin::observatory.indicator', true);
    }
  }

  const demographicService = getService(strapi, 'demographics');
  for (const d of demographics) {
    const municipality = await strapi.db
      .query('api::municipality.municipality')
      .findOne({ where: { istatCode: d.istat }, select: ['id'] });
    if (!municipality) continue;
    if (await exists('plugin::observatory.demographic', { municipality: municipality.id, year: DEMOGRAPHIC_YEAR })) {
      count('plugin::observatory.demographic', false);
      continue;
    }
    const [age0to3, age4to14, age15to18, age19to25, age26to64, age65to85, over85] = d.bands;
    await demographicService.create({
      municipality: d.istat,
      year: DEMOGRAPHIC_YEAR,
      age0to3,
      age4to14,
      age15to18,
      age19to25,
      age26to64,
      age65to85,
      over85,
      foreignResidents: d.foreign2018,
      published: { ...d.published, total: d.total },
      figures: { ...d.figures, foreignResidents2015: d.foreign2015 },
      source: DEMOGRAPHIC_SOURCE,
    });
    count('plugin::observatory.demographic', true);
  }
}
