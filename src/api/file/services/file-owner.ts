import type { Core } from '@strapi/strapi';

/** The record an uploaded file belongs to, which decides who may download it. */
export type FileOwner = { kind: 'meeting'; documentId: string } | { kind: 'submission'; documentId: string } | { kind: 'none' };

/** Whether a JSON value holds a file value (`{ id, name, mime, size }`) with this id, at any depth. */
export function holdsFile(value: unknown, fileId: number): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    const record = current as Record<string, unknown>;
    if (!Array.isArray(current) && record.id === fileId && typeof record.name === 'string' && typeof record.mime === 'string')
      return true;
    stack.push(...Object.values(record));
  }
  return false;
}

/**
 * Finds the record that holds a file: a meeting's agenda documents, or a form submission's answers. Both
 * keep the file in JSON, so the rows are read in batches and searched here (the same on SQLite and
 * PostgreSQL); a file is downloaded far less often than it is listed.
 */
export async function findFileOwner(strapi: Core.Strapi, fileId: number): Promise<FileOwner> {
  const search = async (uid: string, field: string): Promise<string | null> => {
    const batch = 500;
    for (let offset = 0; ; offset += batch) {
      const rows = (await strapi.db
        .query(uid)
        .findMany({ select: ['documentId', field], orderBy: { id: 'asc' }, offset, limit: batch })) as Record<string, unknown>[];
      const found = rows.find((row) => holdsFile(row[field], fileId));
      if (found) return found.documentId as string;
      if (rows.length < batch) return null;
    }
  };
  const meeting = await search('plugin::governance.meeting', 'agenda');
  if (meeting) return { kind: 'meeting', documentId: meeting };
  const submission = await search('plugin::forms.submission', 'data');
  if (submission) return { kind: 'submission', documentId: submission };
  return { kind: 'none' };
}
