import type { Core } from '@strapi/strapi';
import type { MinutesAction, MinutesState } from '../../shared';
import { UID } from '../data/rows';
import type { Viewer } from '../access/viewer';

/** The workflows engine's workflow for minutes (src/seed/workflows/minutes.ts): same states and action keys. */
export const MINUTES_WORKFLOW = 'minutes';

interface WorkflowsInstances {
  start(request: { workflow: string; subject: { type: string; documentId: string } }, user: Viewer['user']): Promise<unknown>;
}
interface WorkflowsTransitions {
  take(
    documentId: string,
    request: { transition: string; expectedState: string; comment: string | null },
    user: Viewer['user']
  ): Promise<unknown>;
}

/**
 * Mirrors the minutes' life cycle in the workflows engine, so that its history and audit trail record who
 * drafted, opened the review, approved and published. Called inside the governance write's database
 * transaction: when the engine refuses (another state, another role), nothing is written on either side.
 * The governance state machine stays the authority; without the workflows plugin or a published `minutes`
 * workflow, and for minutes drafted before it existed (no instance), the mirror is skipped.
 */
const createMinutesWorkflowService = ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('workflows');

  async function published(): Promise<boolean> {
    if (!plugin()) return false;
    const version = await strapi.db.query('plugin::workflows.workflow-version').findOne({
      where: { status: 'published', workflow: { key: MINUTES_WORKFLOW, contentType: UID.minutes } },
      select: ['id'],
    });
    return Boolean(version);
  }

  /** The instance following these minutes (open or closed), if any. */
  async function instanceOf(documentId: string) {
    if (!plugin()) return null;
    return (await strapi.db.query('plugin::workflows.instance').findOne({
      where: { workflowKey: MINUTES_WORKFLOW, subjectType: UID.minutes, subjectId: documentId },
      select: ['documentId', 'state', 'closed'],
      orderBy: { id: 'desc' },
    })) as { documentId: string; state: string; closed: boolean } | null;
  }

  return {
    instanceOf,

    /** Starts the workflow on new minutes (in its initial state, `draft`). */
    async started(documentId: string, viewer: Viewer): Promise<void> {
      if (!(await published())) return;
      const instances = plugin().service('instances') as WorkflowsInstances;
      await instances.start({ workflow: MINUTES_WORKFLOW, subject: { type: UID.minutes, documentId } }, viewer.user);
    },

    /** Takes the transition named like the governance action; already there (moved in the engine): nothing to do. */
    async moved(documentId: string, action: MinutesAction, from: MinutesState, to: MinutesState, viewer: Viewer): Promise<void> {
      const instance = await instanceOf(documentId);
      if (!instance || instance.state === to) return;
      const transitions = plugin().service('transitions') as WorkflowsTransitions;
      await transitions.take(instance.documentId, { transition: action, expectedState: from, comment: null }, viewer.user);
    },
  };
};

export default createMinutesWorkflowService;
export type MinutesWorkflowService = ReturnType<typeof createMinutesWorkflowService>;
