import path from 'node:path';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Whether a path, however spelled (case, percent-encoding, doubled slashes, dot segments), names the uploads folder. */
export function isUploadsPath(requestPath: string): boolean {
  const normalised = path.posix.normalize(safeDecode(requestPath).replace(/\\/g, '/').replace(/\/+/g, '/')).toLowerCase();
  return normalised === '/uploads' || normalised.startsWith('/uploads/');
}

/**
 * Uploaded files (meeting documents, files attached to form answers) are personal or internal: Strapi's
 * local provider stores them in public/uploads, which strapi::public would serve to anyone who knows the
 * name. This answers 404 to every request for that folder, whatever its spelling; files are downloaded
 * through GET /api/files/:id/download, which applies the owning record's access rules.
 */
export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  if (isUploadsPath(ctx.path)) {
    ctx.status = 404;
    ctx.body = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: 'Non trovato / Not Found', details: {} },
    };
    return;
  }
  await next();
};
