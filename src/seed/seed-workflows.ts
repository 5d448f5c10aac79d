import type { SeedContext } from './seed-context';
import { demoInstances, demoWorkflows } from './workflows';

interface DemoUser {
  id: number;
  username: string;
  role: { type: string };
}

/**
 * Demo workflows of Distretto 4, created through the workflows engine (so their definitions pass the same
 * checks as the UdP's) and published as version 1; then demo instances on stand-in records, moved through
 * the engine by demo users. A workflow whose key exists is left as it is, and so is a record that already
 * has an instance of that workflow.
 */
export async function seedWorkflows({ strapi, documentIdOf, count }: SeedContext): Promise<void> {
  const plugin = strapi.plugin('workflows');
  if (!plugin) return;
  const users = new Map<string, DemoUser>();
  const userNamed = async (username: string): Promise<DemoUser | undefined> => {
    if (!users.has(username)) {
      const found = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, populate: { role: true } });
      if (found) users.set(username, found as DemoUser);
    }
    return users.get(username);
  };
  const udp = await userNamed('udp');

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

  for (const demo of demoInstances) {
    const subjectId = documentIdOf('service', demo.serviceCode);
    if (!subjectId) continue;
    const existing = await strapi.db.query('plugin::workflows.instance').findOne({ where: { workflowKey: demo.workflow, subjectId }, select: ['id'] });
    if (existing) {
      count('plugin::workflows.instance', false);
      continue;
    }
    const started = await plugin.service('instances').start({ workflow: demo.workflow, subject: { type: 'api::service.service', documentId: subjectId } }, await userNamed(demo.startedBy));
    let state: string = started.state.key;
    for (const move of demo.moves) {
      const request = { transition: move.transition, expectedState: state, comment: move.comment ?? null };
      state = (await plugin.service('transitions').take(started.documentId, request, await userNamed(move.by))).state;
    }
    count('plugin::workflows.instance', true);
  }
}
