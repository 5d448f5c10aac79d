import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * One PDF set-up for every document Ambito prints (GDPR export, minutes, evaluation table): DejaVu Sans
 * embedded (subset) so every letter of a name prints as written — "Łukasz Nguyễn Ñúñez", not "?" as with
 * pdfkit's standard WinAnsi fonts — page numbers in the footer, and a signature block.
 */
export type Pdf = InstanceType<typeof PDFDocument>;
export type FontStyle = 'regular' | 'bold' | 'italic';

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

// Control characters (other than tab and line breaks) have no glyph and break a line's measure.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export const printable = (text: string) => text.replace(CONTROL, '');

export interface PdfOptions {
  title: string;
  author?: string;
  layout?: 'portrait' | 'landscape';
  margin: number;
}

export interface PdfHandle {
  pdf: Pdf;
  font(style: FontStyle, size: number): Pdf;
  /** Writes the footer "Pagina N di M" on every page and closes the document. */
  finish(): Promise<Buffer>;
}

export function createPdf(options: PdfOptions): PdfHandle {
  const pdf: Pdf = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin,
    bufferPages: true,
    lang: 'it-IT',
    info: {
      Title: printable(options.title),
      ...(options.author ? { Author: printable(options.author) } : {}),
      Creator: 'Ambito',
    },
  } as PDFKit.PDFDocumentOptions);
  for (const [style, file] of Object.entries(FONT_FILES)) pdf.registerFont(style, path.join(FONT_DIR, file));
  pdf.font('regular');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const font = (style: FontStyle, size: number) => pdf.font(style).fontSize(size);
  return {
    pdf,
    font,
    finish() {
      const { start, count } = pdf.bufferedPageRange();
      for (let i = start; i < start + count; i += 1) {
        pdf.switchToPage(i);
        const bottom = pdf.page.margins.bottom;
        // Writing inside the bottom margin must not open a new page.
        pdf.page.margins.bottom = 0;
        font('regular', 8).text(`Pagina ${i - start + 1} di ${count}`, pdf.page.margins.left, pdf.page.height - bottom / 2 - 4, {
          width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right,
          align: 'center',
          lineBreak: false,
        });
        pdf.page.margins.bottom = bottom;
      }
      pdf.end();
      return done;
    },
  };
}

/** Lines to sign under a document: one per role, with place and date left to fill by hand. */
export function signatureBlock(handle: PdfHandle, roles: string[]): void {
  const { pdf, font } = handle;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const needed = 40 + roles.length * 46;
  if (pdf.y + needed > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  pdf.moveDown(2);
  font('regular', 10).text('Luogo e data: ______________________________', pdf.page.margins.left, pdf.y, { width });
  for (const role of roles) {
    pdf.moveDown(1.5);
    font('regular', 10).text(`${role}: ______________________________`, pdf.page.margins.left, pdf.y, { width });
  }
}
