import type { Core } from '@strapi/strapi';
import { queueMinutesNotice } from '../notify/minutes-notices';
import { transition } from '../../shared';
import type { MinutesAction, TransitionFacts } from '../../shared';
import { UID } from '../data/rows';
import type { MinutesRow } from '../data/rows';
import type { Viewer } from '../access/viewer';
import { conflict, throwIssues, throwPersonalData } from '../utils/errors';
import { FieldChecker } from '../validation/fields';
import { getService } from '../utils/get-service';

const DEFAULT_REVIEW_DAYS = 14;

/**
 * The minutes' state machine applied: opening the review (a first version is kept), approval once every
 * amendment is decided, publication to the body's members. Sharing is blocked while personal data is found.
 * Each move also moves the minutes' instance in the workflows engine, in the same database transaction.
 */
const createMinutesLifecycleService = ({ strapi }: { strapi: Core.Strapi }) => {
  const minutes = () => getService(strapi, 'minutes');
  const documents = () => strapi.documents(UID.minutes);
  const workflow = () => getService(strapi, 'minutesWorkflow');

  /** Applies the transition or answers 400 with the reason; personal data answers 400 naming each place. */
  async function move(row: MinutesRow, action: MinutesAction, facts: TransitionFacts = {}) {
    const stateOnly = transition(row.state, action);
    if (!stateOnly.ok) conflict(stateOnly.it, stateOnly.en);
    if (action === 'open-review' || action === 'publish') {
      const found = await minutes().findings(row);
      if (found.length > 0) throwPersonalData(found);
    }
    const result = transition(row.state, action, facts);
    if (!result.ok) conflict(result.it, result.en);
    return result.to;
  }

  /** Keeps the text as it is now as version n + 1. */
  async function snapshot(row: MinutesRow, note: string, viewer: Viewer): Promise<number> {
    const version = (row.version ?? 0) + 1;
    await strapi.documents(UID.minutesVersion as never).create({
      data: {
        minutes: row.id,
        version,
        title: row.title,
        body: row.body,
        items: row.items ?? [],
        note,
        author: viewer.user?.id ?? null,
      },
    } as never);
    return version;
  }

  return {
    snapshot,

    /** draft → in-review, until `reviewClosesAt` (default: in 14 days). */
    async openReview(documentId: string, data: Record<string, unknown>, viewer: Viewer) {
      const row = await minutes().load(documentId);
      const check = new FieldChecker(data).onlyKeys(['reviewClosesAt']);
      const closes = check.dateTime('reviewClosesAt') ?? new Date(Date.now() + DEFAULT_REVIEW_DAYS * 86_400_000).toISOString();
      if (closes <= new Date().toISOString()) check.add('reviewClosesAt', 'deve essere nel futuro', 'must be in the future');
      if (check.issues.length > 0) throwIssues(check.issues, ['data']);
      const to = await move(row, 'open-review');
      await strapi.db.transaction(async () => {
        const version = await snapshot(row, 'Apertura della revisione / Review opened', viewer);
        await documents().update({
          documentId,
          data: { state: to, version, reviewOpenedOn: new Date().toISOString(), reviewClosesAt: closes },
        });
        await workflow().moved(documentId, 'open-review', row.state, to, viewer);
        await queueMinutesNotice(strapi, row, 'review', closes);
      });
      return minutes().present(await minutes().load(documentId), viewer);
    },

    /** in-review → approved, when no amendment or comment awaits a decision; the current version is the approved one. */
    async approve(documentId: string, viewer: Viewer) {
      const row = await minutes().load(documentId);
      const pendingAmendments = await strapi.db
        .query(UID.amendment)
        .count({ where: { minutes: { id: row.id }, status: 'pending' } });
      const to = await move(row, 'approve', { pendingAmendments });
      await strapi.db.transaction(async () => {
        await documents().update({
          documentId,
          data: {
            state: to,
            approvedOn: new Date().toISOString(),
            approvedBy: viewer.user?.id ?? null,
            approvedVersion: row.version,
          },
        } as never);
        await workflow().moved(documentId, 'approve', row.state, to, viewer);
      });
      return minutes().present(await minutes().load(documentId), viewer);
    },

    /** approved → published: members of the body (and the public, for a public body) read the page and the PDF. */
    async publish(documentId: string, viewer: Viewer) {
      const row = await minutes().load(documentId);
      const to = await move(row, 'publish');
      await strapi.db.transaction(async () => {
        await documents().update({
          documentId,
          data: { state: to, publishedOn: new Date().toISOString(), publishedBy: viewer.user?.id ?? null },
        });
        await workflow().moved(documentId, 'publish', row.state, to, viewer);
        await queueMinutesNotice(strapi, row, 'published');
      });
      return minutes().present(await minutes().load(documentId), viewer);
    },
  };
};

export default createMinutesLifecycleService;
export type MinutesLifecycleService = ReturnType<typeof createMinutesLifecycleService>;
