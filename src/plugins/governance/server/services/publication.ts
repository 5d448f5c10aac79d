import type { Core } from '@strapi/strapi';
import { dayInItaly } from '../../shared';
import type { Viewer } from '../access/viewer';
import { minutesPage } from '../render/minutes-page';
import { minutesPdf } from '../render/minutes-pdf';
import type { MinutesDocument } from '../render/minutes-document';
import { getService } from '../utils/get-service';

/** The minutes as members read them: an HTML page and a PDF, for whoever may read the minutes in their state. */
const createPublicationService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function documentOf(documentId: string, viewer: Viewer): Promise<MinutesDocument> {
    const row = await getService(strapi, 'minutes').readable(documentId, viewer);
    const actions = await getService(strapi, 'actionItems').list(viewer, { minutes: documentId });
    return {
      bodyName: row.meeting.body.name,
      title: row.title,
      meetingTitle: row.meeting.title,
      startsAt: row.meeting.startsAt,
      state: row.state,
      version: row.version ?? 0,
      approvedOn: row.approvedOn,
      publishedOn: row.publishedOn,
      opening: row.body ?? '',
      items: row.items ?? [],
      actions: actions.map((a) => ({
        kind: a.kind,
        itemKey: a.itemKey,
        text: a.text,
        owner: a.owner?.name ?? null,
        dueDate: a.dueDate,
        status: a.status,
        services: a.services.map((s) => s?.name ?? '').filter(Boolean),
      })),
    };
  }

  return {
    async page(documentId: string, viewer: Viewer): Promise<string> {
      return minutesPage(await documentOf(documentId, viewer));
    },
    async pdf(documentId: string, viewer: Viewer): Promise<{ file: Buffer; name: string }> {
      const doc = await documentOf(documentId, viewer);
      const name = `verbale-${dayInItaly(doc.startsAt)}-${documentId}.pdf`;
      return { file: await minutesPdf(doc), name };
    },
  };
};

export default createPublicationService;
export type PublicationService = ReturnType<typeof createPublicationService>;
