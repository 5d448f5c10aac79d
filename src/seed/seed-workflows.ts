import type { SeedContext } from './seed-context';
import { demoWorkflows } from './workflows';

interface DemoUser {
  id: number;
  username: string;
  role: { type: string };
}

/**
 * Demo workflows of Distretto 4, created through the workflows engine (so their definitions pass the same
 * checks as the UdP's) and published as version 1. A workflow whose key exists is left as it is. Their demo
 * instances are those of the demo cases (seed-cases.ts) and of the governance minutes.
 */
export async function seedWorkflows({ strapi, count }: SeedContext): Promise<void> {
  const plugin = strapi.plugin('workflows');
  if (!plugin) return;
  const udp = (await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { username: 'udp' }, populate: { role: true } })) as DemoUser | undefined;

  for (const workflow of demoWorkflows) {
    if (await strapi.db.query('plugin::workflows.workflow').findOne({ where: { key: workflow.key }, select: ['id'] })) {
      count('plugin::workflows.workflow', false);
      continue;
    }
    const definitions = plugin.service('definitions');
    await definitions.create({ ...workflow, changeNote: 'Versione iniziale dei dati dimostrativi / Initial demo version' }, udp);
    await definitions.publish(workflow.key, udp);
    count('plugin::workflows.workflow', true);
  }
}
