import { demoForms } from './forms';
import type { SeedContext } from './seed-context';

/**
 * The demo forms of Distretto 4, created through the forms engine (so their definitions pass the same
 * checks as the UdP's) and published as version 1. A form whose key exists is left as it is.
 */
export async function seedForms({ strapi, documentIdOf, count }: SeedContext): Promise<void> {
  const definitions = strapi.plugin('forms')?.service('definitions');
  if (!definitions) return;
  const owner = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { username: 'udp' }, populate: { role: true } });
  for (const form of demoForms) {
    if (await strapi.db.query('plugin::forms.form').findOne({ where: { key: form.key } })) {
      count('plugin::forms.form', false);
      continue;
    }
    await definitions.create(
      {
        key: form.key,
        title: form.title,
        description: form.description,
        roles: form.roles,
        area: documentIdOf('area', form.areaCode) ?? null,
        services: form.serviceCodes.map((code) => documentIdOf('service', code)).filter(Boolean),
        definition: form.definition,
        changeNote: 'Versione iniziale dei dati dimostrativi / Initial demo version',
      },
      owner ?? undefined
    );
    await definitions.publish(form.key, owner ?? undefined);
    count('plugin::forms.form', true);
  }
}
