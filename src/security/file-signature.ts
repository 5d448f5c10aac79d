/** The file kinds Ambito accepts, recognised by their first bytes (never by name or declared type). */
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'office-open-xml' | 'open-document' | 'ole-office' | 'text';

export const MIME_OF: Record<FileKind, string[]> = {
  pdf: ['application/pdf'],
  png: ['image/png'],
  jpeg: ['image/jpeg'],
  'office-open-xml': [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ],
  'open-document': [
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
  ],
  'ole-office': ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'],
  text: ['text/plain', 'text/csv'],
};

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** Markup a browser would render or run if the file were ever served inline. */
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|img|a\s|meta|link|style|\?xml|xsl)/i;

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  const text = bytes.toString('utf8');
  // A replacement character means invalid UTF-8, except at the cut of the sample.
  if (text.slice(0, -4).includes('\uFFFD')) return false;
  return !MARKUP.test(text);
}

/**
 * What the first bytes of a file say it is, or null when it is none of the accepted kinds: HTML, SVG,
 * XML, scripts, executables and archives that are not office documents are all null.
 */
export function detectKind(head: Buffer): FileKind | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole-office';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const sample = head.toString('latin1');
    // OpenDocument stores an uncompressed `mimetype` entry first; Office Open XML has [Content_Types].xml.
    if (sample.slice(30, 38) === 'mimetype' && sample.includes('application/vnd.oasis.opendocument.')) return 'open-document';
    if (sample.includes('[Content_Types].xml') || sample.includes('word/') || sample.includes('xl/') || sample.includes('ppt/'))
      return 'office-open-xml';
    return null;
  }
  // A UTF-8 byte order mark is fine in a CSV exported by a spreadsheet.
  const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  return body.length > 0 && isPlainText(body) ? 'text' : null;
}
