import type { Core } from '@strapi/strapi';
import {
  fromStates,
  guardReasons,
  planEffects,
  reason,
  roleReason,
  romeDate,
  stateOf,
  type EffectContext,
  type WorkflowDefinition,
} from '../../shared';
import { roleLabels } from '../../../plugin-kit/role-labels';
import { actorOf, type Actor } from '../utils/actor';
import { conflict, forbidden, throwIssues, unprocessable } from '../utils/errors';
import { getService } from '../utils/get-service';
import type { RequestUser } from '../utils/request-user';
import { UID } from '../utils/uids';
import type { TransitionRequest } from '../validation/request-body';
import { loadFacts } from './facts';
import { dayString, type InstanceRow } from './instance-row';
import { movedColumns, namedUsers } from './move-helpers';
import { recordMove } from './record-move';

export interface TransitionResult {
  documentId: string;
  transition: string;
  from: string;
  state: string;
  closed: boolean;
  lockVersion: number;
  assignee: { role: string | null; user: { id: number; username: string } | null };
  deadline: string | null;
  historyId: string;
}

/** A state as a person knows it: its label; one the definition lacks reads as "another state". */
function stateLabel(definition: WorkflowDefinition, key: string): { it: string; en: string } {
  return stateOf(definition, key)?.label ?? { it: 'un altro stato', en: 'another state' };
}

const createTransitionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Checks, in the order a caller needs them: transition known (400), role (403), state seen (409), from here (422), comment and guards (422). */
  async function plan(instance: InstanceRow, definition: WorkflowDefinition, request: TransitionRequest, actor: Actor, at: Date) {
    const transition = definition.transitions.find((t) => t.key === request.transition);
    if (!transition) {
      throwIssues([
        { path: 'transition', it: 'passaggio sconosciuto in questo flusso', en: 'no such transition in this workflow' },
      ]);
    }
    const byRole = roleReason(transition, actor.role, roleLabels());
    if (byRole) forbidden(byRole.it, byRole.en, { reasons: [byRole] });
    const current = stateLabel(definition, instance.state);
    if (instance.state !== request.expectedState) {
      const expected = stateLabel(definition, request.expectedState);
      conflict(
        `Il record non è più nello stato «${expected.it}»: ora è in «${current.it}». Ricaricare e riprovare`,
        `The record is no longer in the state "${expected.en}": it is now in "${current.en}". Reload and try again`,
        { currentState: instance.state, expectedState: request.expectedState }
      );
    }
    if (!fromStates(transition).includes(instance.state)) {
      const text = {
        it: `Il passaggio «${transition.label.it}» non parte dallo stato «${current.it}»: gli stati non si saltano`,
        en: `The transition "${transition.label.en}" does not leave the state "${current.en}": states cannot be skipped`,
      };
      unprocessable(text.it, text.en, [reason('state', text)]);
    }
    const context: EffectContext = {
      today: romeDate(at),
      actor: { id: actor.id ?? 0, username: actor.username, role: actor.role },
      starter: instance.startedById ? { id: instance.startedById, username: instance.startedByUsername ?? '' } : null,
      current: {
        state: instance.state,
        assigneeRole: instance.assigneeRole,
        assignee: instance.assigneeUserId ? { id: instance.assigneeUserId, username: instance.assigneeUsername ?? '' } : null,
        deadline: dayString(instance.deadline),
      },
      users: await namedUsers(strapi, transition.actions),
    };
    const effects = planEffects(definition, { from: instance.state, to: transition.to, actions: transition.actions }, context);
    const reasons = guardReasons(transition.guards, await loadFacts(strapi, instance, transition.guards ?? []));
    if (effects.commentRequired && !request.comment) {
      reasons.push(reason('comment', { it: 'Per questo passaggio serve un commento', en: 'This transition needs a comment' }));
    }
    if (reasons.length > 0) {
      unprocessable(
        `Passaggio «${transition.label.it}» non possibile: ${reasons.map((r) => r.it).join('; ')}`,
        `The transition "${transition.label.en}" is not possible: ${reasons.map((r) => r.en).join('; ')}`,
        reasons,
        { transition: transition.key }
      );
    }
    return { transition, effects };
  }

  return {
    /**
     * Takes a transition atomically: in one database transaction, a conditional update of the instance
     * (`where id, state = expectedState, lockVersion = as read`) whose affected-row count decides the race,
     * then its history, audit, tasks and notifications. Of concurrent attempts exactly one updates a row;
     * the others find none and answer 409, with nothing written.
     */
    async take(documentId: string, request: TransitionRequest, user: RequestUser | undefined): Promise<TransitionResult> {
      const instance = await getService(strapi, 'instances').loadVisible(documentId, user);
      const stored = await getService(strapi, 'definitions').definitionOf(instance.workflowKey, instance.version);
      // The record's own guards (e.g. forms its service requires before this transition) are checked with the definition's.
      const definition = await getService(strapi, 'subject-rules').withSubjectGuards(stored, instance);
      const actor = actorOf(user);
      const at = new Date();
      const { transition, effects } = await plan(instance, definition, request, actor, at);
      const lockVersion = instance.lockVersion + 1;
      const closedKey = effects.final ? { openKey: null } : {};
      const historyId = await strapi.db.transaction(async () => {
        const { count } = await strapi.db.query(UID.instance).updateMany({
          where: { id: instance.id, state: request.expectedState, lockVersion: instance.lockVersion },
          data: { ...movedColumns(effects, at), ...closedKey, lockVersion },
        });
        if (count !== 1) {
          const expected = stateLabel(definition, request.expectedState);
          conflict(
            `Il record è stato appena spostato da qualcun altro (non è più in «${expected.it}»). Ricaricare e riprovare`,
            `Someone else has just moved the record (it is no longer in "${expected.en}"). Reload and try again`,
            { expectedState: request.expectedState }
          );
        }
        const moved = { ...instance, state: effects.state, lockVersion };
        const recorded = await recordMove(strapi, {
          instance: moved,
          transition: transition.key,
          from: instance.state,
          effects,
          comment: request.comment,
          actor,
          at,
        });
        return recorded.historyId;
      });
      return {
        documentId,
        transition: transition.key,
        from: instance.state,
        state: effects.state,
        closed: effects.final,
        lockVersion,
        assignee: { role: effects.assigneeRole, user: effects.assignee },
        deadline: effects.deadline,
        historyId,
      };
    },
  };
};

export default createTransitionsService;
export type TransitionsService = ReturnType<typeof createTransitionsService>;
