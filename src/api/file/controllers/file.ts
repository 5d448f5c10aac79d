import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { loadViewer } from '../../../plugins/governance/server/access/viewer';
import { findFileOwner, holdsFile } from '../services/file-owner';

interface User {
  id: number;
  role?: { type?: string };
}
interface Ctx {
  params: { id?: string };
  state: { user?: User };
  body: unknown;
  type: string;
  attachment(filename: string): void;
  set(header: string, value: string): void;
}

const notFound = () => new errors.NotFoundError('File non trovato / File not found');

/**
 * GET /api/files/:id/download. The file is sent as an attachment only when the caller may read the record
 * holding it: a meeting document by governance's rules (the meeting as the caller sees it), a file in a
 * form answer by the submission's (its subject's scope and field access); a file held by neither (just
 * uploaded, not yet submitted) by the Ufficio di Piano only. Anything else: the same 404 as a file that
 * does not exist.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async download(ctx: Ctx) {
    const user = ctx.state.user;
    if (!user) throw new errors.UnauthorizedError('Accesso richiesto / Login required');
    const id = Number(ctx.params.id);
    if (!Number.isSafeInteger(id) || id < 1) throw notFound();
    const file = (await strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { id }, select: ['id', 'name', 'mime', 'url', 'provider'] })) as {
      id: number;
      name: string;
      mime: string;
      url: string;
      provider: string;
    } | null;
    if (!file || file.provider !== 'local' || !file.url.startsWith('/uploads/')) throw notFound();

    const owner = await findFileOwner(strapi, id);
    const allowed = await (async () => {
      try {
        if (owner.kind === 'meeting') {
          const meeting = await strapi
            .plugin('governance')
            .service('meetings')
            .findOne(owner.documentId, await loadViewer(strapi, user as never));
          return holdsFile(meeting, id);
        }
        if (owner.kind === 'submission') {
          const submission = await strapi.plugin('forms').service('submissions').findOne(owner.documentId, user);
          return holdsFile(submission.data, id);
        }
        return user.role?.type === 'udp';
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'NotFoundError' || name === 'ForbiddenError' || name === 'PolicyError') return false;
        throw error;
      }
    })();
    if (!allowed) throw notFound();

    const root = path.join(strapi.dirs.static.public, 'uploads');
    const location = path.join(root, path.basename(file.url));
    if (!fs.existsSync(location)) throw notFound();
    ctx.attachment(file.name);
    ctx.type = file.mime;
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = fs.createReadStream(location);
  },
});
