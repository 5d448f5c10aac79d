import { execFileSync } from 'node:child_process';

/**
 * The text a reader copies out of a PDF, as poppler's `pdftotext` extracts it (Debian's poppler-utils,
 * installed by .ci/run): it reads the fonts' ToUnicode maps, so a letter printed as "?" shows as "?".
 */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-', '-'], { input: pdf }).toString('utf8');
}
