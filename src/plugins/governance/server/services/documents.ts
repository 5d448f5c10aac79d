import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { UID } from '../data/rows';
import type { StoredDocument } from '../data/rows';
import type { Viewer } from '../access/viewer';
import { conflict, notFound, throwIssues } from '../utils/errors';
import { getService } from '../utils/get-service';

/** A file as Strapi's body parser (formidable) hands it over. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const MAX_FILES = 10;
const MAX_SIZE = 20 * 1024 * 1024;

/** Document types an agenda takes, by extension, with the bytes their files start with (none for text). */
const TYPES: Record<string, { mime: string; magic?: number[][] }> = {
  '.pdf': { mime: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  '.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  '.pptx': {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  '.odt': { mime: 'application/vnd.oasis.opendocument.text', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  '.ods': { mime: 'application/vnd.oasis.opendocument.spreadsheet', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  '.doc': { mime: 'application/msword', magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  '.png': { mime: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]] },
  '.jpg': { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  '.jpeg': { mime: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  '.txt': { mime: 'text/plain' },
  '.csv': { mime: 'text/csv' },
};

/** Whether the file is one of TYPES by extension and content (text must hold no NUL byte). */
async function acceptable(file: IncomingFile): Promise<boolean> {
  const type = TYPES[path.extname(file.originalFilename ?? '').toLowerCase()];
  if (!type) return false;
  const handle = await fs.open(file.filepath, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    const bytes = head.subarray(0, bytesRead);
    if (!type.magic) return !bytes.includes(0);
    return type.magic.some((magic) => magic.every((byte, i) => bytes[i] === byte));
  } finally {
    await handle.close();
  }
}

/**
 * Documents attached to agenda items, stored through Strapi's upload plugin (its provider decides where;
 * see docs/security.md "Uploads" on private storage). The agenda keeps each file's id, name, type, size and URL.
 */
const createDocumentsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const meetings = () => getService(strapi, 'meetings');

  return {
    async attach(documentId: string, itemKey: unknown, input: unknown, viewer: Viewer) {
      const row = await meetings().load(documentId);
      if (row.status === 'cancelled') conflict('seduta annullata', 'meeting cancelled');
      const agenda = row.agenda ?? [];
      const item = agenda.find((i) => i.key === itemKey);
      if (!item)
        throwIssues([
          { path: 'item', it: "indicare la chiave di un punto dell'ordine del giorno", en: 'give the key of an agenda item' },
        ]);
      const files = (Array.isArray(input) ? input : input ? [input] : []) as IncomingFile[];
      if (files.length === 0 || files.length > MAX_FILES) {
        throwIssues([
          { path: 'files', it: `da 1 a ${MAX_FILES} file nel campo "files"`, en: `1 to ${MAX_FILES} files in the "files" field` },
        ]);
      }
      const issues = [];
      for (const [i, file] of files.entries()) {
        if (!file || typeof file.filepath !== 'string')
          issues.push({ path: `files.${i}`, it: 'file mancante', en: 'missing file' });
        else if (file.size > MAX_SIZE) issues.push({ path: `files.${i}`, it: 'file oltre 20 MB', en: 'file over 20 MB' });
        else if (!(await acceptable(file))) {
          issues.push({
            path: `files.${i}`,
            it: 'tipo di file non ammesso (PDF, documenti, fogli di calcolo, immagini, testo)',
            en: 'file type not allowed (PDF, documents, spreadsheets, images, text)',
          });
        }
      }
      if (issues.length > 0) throwIssues(issues);
      const uploaded = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: files.map((f) => ({ name: f.originalFilename ?? 'documento' })) },
          files: files.map((f) => ({ ...f, mimetype: TYPES[path.extname(f.originalFilename ?? '').toLowerCase()].mime })),
        })) as { id: number; name: string; mime: string; size: number; url: string }[];
      const stored: StoredDocument[] = uploaded.map((f) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size, url: f.url }));
      item.documents = [...(item.documents ?? []), ...stored];
      await strapi.documents(UID.meeting as never).update({ documentId, data: { agenda } } as never);
      return (await meetings().present([await meetings().load(documentId)], viewer))[0];
    },

    async detach(documentId: string, fileId: string, viewer: Viewer) {
      const row = await meetings().load(documentId);
      const agenda = row.agenda ?? [];
      const id = Number(fileId);
      const item = agenda.find((i) => (i.documents ?? []).some((d) => d.id === id));
      if (!item) notFound('documento non trovato in questa seduta', 'document not found in this meeting');
      item.documents = item.documents.filter((d) => d.id !== id);
      await strapi.documents(UID.meeting as never).update({ documentId, data: { agenda } } as never);
      const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
      if (file) await strapi.plugin('upload').service('upload').remove(file);
      return (await meetings().present([await meetings().load(documentId)], viewer))[0];
    },
  };
};

export default createDocumentsService;
export type DocumentsService = ReturnType<typeof createDocumentsService>;
