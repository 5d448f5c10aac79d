import PDFDocument from 'pdfkit';
import { COLUMNS, type ColumnKey, type EvaluationTable } from './evaluation-table';

/** pdfkit's standard fonts speak WinAnsi: characters outside it become '?' rather than broken glyphs. */
// eslint-disable-next-line no-control-regex
const winAnsi = (text: string) => text.replace(/[^\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

const WIDTHS = [14, 8, 20, 14, 13, 20, 11];
const MARGIN = 30;
const PAD = 3;
const SIZE = 7;

type Pdf = InstanceType<typeof PDFDocument>;

/**
 * The evaluation table as a PDF: landscape A4, the header repeated on every page. A row taller than a
 * page continues on the next one, each column carrying on with the paragraphs it had left.
 */
export function evaluationPdf(table: EvaluationTable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf: Pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: winAnsi(table.title), Creator: 'Ambito' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    const usable = pdf.page.width - 2 * MARGIN;
    const widths = WIDTHS.map((w) => (w / 100) * usable);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const bottom = () => pdf.page.height - MARGIN;
    let y = MARGIN;

    const heightOf = (texts: string[], width: number, bold: boolean) => {
      pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE);
      return texts.reduce((h, t) => h + pdf.heightOfString(winAnsi(t), { width: width - 2 * PAD }) + 2, 0) + 2 * PAD;
    };
    const drawCell = (texts: string[], i: number, top: number, height: number, bold: boolean, fill?: string) => {
      if (fill) pdf.rect(xs[i], top, widths[i], height).fill(fill).fillColor('black');
      pdf.rect(xs[i], top, widths[i], height).lineWidth(0.5).stroke('#808080');
      pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(SIZE).fillColor('black');
      let at = top + PAD;
      for (const text of texts) {
        pdf.text(winAnsi(text), xs[i] + PAD, at, { width: widths[i] - 2 * PAD });
        at += pdf.heightOfString(winAnsi(text), { width: widths[i] - 2 * PAD }) + 2;
      }
    };
    const header = () => {
      const h = Math.max(...COLUMNS.map((c, i) => heightOf([c.it], widths[i], true)));
      COLUMNS.forEach((c, i) => drawCell([c.it], i, y, h, true, '#D9E2F3'));
      y += h;
    };
    const newPage = () => {
      pdf.addPage();
      y = MARGIN;
      header();
    };

    pdf.font('Helvetica-Bold').fontSize(12).text(winAnsi(table.title.toUpperCase()), MARGIN, y, { width: usable, align: 'center' });
    pdf.font('Helvetica-Oblique').fontSize(8).text(winAnsi(table.subtitle), { width: usable, align: 'center' });
    y = pdf.y + 8;
    header();

    for (const section of table.sections) {
      const h = heightOf([section.area.toUpperCase()], usable, true);
      if (y + h > bottom()) newPage();
      pdf.rect(MARGIN, y, usable, h).fill('#F2F2F2').fillColor('black');
      pdf.rect(MARGIN, y, usable, h).lineWidth(0.5).stroke('#808080');
      pdf.font('Helvetica-Bold').fontSize(SIZE).text(winAnsi(section.area.toUpperCase()), MARGIN + PAD, y + PAD, { width: usable - 2 * PAD });
      y += h;
      for (const row of section.rows) {
        const left: Record<ColumnKey, string[]> = { ...row.cells };
        for (const c of COLUMNS) left[c.key] = [...row.cells[c.key]];
        while (COLUMNS.some((c) => left[c.key].length > 0)) {
          const room = bottom() - y;
          // The paragraphs of each column that fit in the room left on this page (at least one).
          const parts = COLUMNS.map((c, i) => {
            const taken: string[] = [];
            while (left[c.key].length > 0 && (taken.length === 0 || heightOf([...taken, left[c.key][0]], widths[i], i === 0) <= room))
              taken.push(left[c.key].shift() as string);
            return taken;
          });
          const h = Math.max(...parts.map((p, i) => heightOf(p, widths[i], i === 0)));
          if (h > room && y > MARGIN + 40) {
            COLUMNS.forEach((c, i) => left[c.key].unshift(...parts[i]));
            newPage();
            continue;
          }
          COLUMNS.forEach((_, i) => drawCell(parts[i], i, y, Math.min(h, bottom() - y), i === 0));
          y += h;
          if (COLUMNS.some((c) => left[c.key].length > 0)) newPage();
        }
      }
    }
    pdf.font('Helvetica').fontSize(6).text(winAnsi(`Generato dai dati del sistema il / generated from live data on ${table.generatedAt.slice(0, 10)}`), MARGIN, Math.min(y + 6, bottom() - 10));
    pdf.end();
  });
}
