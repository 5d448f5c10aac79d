import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { detectKind, MIME_OF } from '../security/file-signature';

/** The sample of each file the check reads: enough for signatures and for markup near the start. */
const SAMPLE_BYTES = 64 * 1024;

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  type?: string;
}

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
}

async function sample(file: UploadedFile): Promise<Buffer> {
  const handle = await fs.open(file.filepath, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Every multipart request (the upload plugin's routes, its admin ones included, and any route of the app
 * that takes files): each file must be one of the accepted kinds by its content (src/security/file-signature.ts),
 * whatever its name or declared type says; otherwise 415 and nothing is stored. The declared type is
 * replaced by one that matches the content, so the stored mime never claims HTML or SVG.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const files = ctx.request.files;
    if (!files) return next();
    for (const file of Object.values(files).flat()) {
      const kind = detectKind(await sample(file));
      const name = file.originalFilename ?? 'file';
      if (!kind) {
        strapi.log.warn(`Refused an upload whose content is not an accepted type: ${ctx.path}`);
        ctx.status = 415;
        ctx.body = {
          data: null,
          error: {
            status: 415,
            name: 'UnsupportedMediaTypeError',
            message:
              `Tipo di file non ammesso (${name}): sono accettati PDF, immagini PNG e JPEG, documenti Office e OpenDocument, testo e CSV / ` +
              `File type not allowed (${name}): PDF, PNG and JPEG images, Office and OpenDocument documents, text and CSV are accepted`,
            details: { file: name },
          },
        };
        return;
      }
      const declared = file.mimetype ?? file.type ?? '';
      const matching = MIME_OF[kind].includes(declared) ? declared : MIME_OF[kind][0];
      file.mimetype = matching;
      file.type = matching;
    }
    return next();
  };
