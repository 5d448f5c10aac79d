import { createPdf, printable, signatureBlock } from '../../../plugin-kit/pdf';
import { COLUMNS, type ColumnKey, type EvaluationTable } from './evaluation-table';

const WIDTHS = [14, 8, 20, 14, 13, 20, 11];
const MARGIN = 30;
const PAD = 3;
const SIZE = 7;

/**
 * The evaluation table as a PDF: landscape A4, the header repeated on every page. A row taller than a
 * page continues on the next one, each column carrying on with the paragraphs it had left. (pdfkit's own
 * `table()` clamps a row taller than a page, cutting its text, and does not repeat the header: hence the
 * hand layout.) Page numbers and the approval block close it.
 */
export function evaluationPdf(table: EvaluationTable): Promise<Buffer> {
  const handle = createPdf({ title: table.title, layout: 'landscape', margin: MARGIN });
  const { pdf } = handle;

  const usable = pdf.page.width - 2 * MARGIN;
  const widths = WIDTHS.map((w) => (w / 100) * usable);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = () => pdf.page.height - MARGIN;
  let y = MARGIN;

  const heightOf = (texts: string[], width: number, bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular').fontSize(SIZE);
    return texts.reduce((h, t) => h + pdf.heightOfString(printable(t), { width: width - 2 * PAD }) + 2, 0) + 2 * PAD;
  };
  const drawCell = (texts: string[], i: number, top: number, height: number, bold: boolean, fill?: string) => {
    if (fill) pdf.rect(xs[i], top, widths[i], height).fill(fill).fillColor('black');
    pdf.rect(xs[i], top, widths[i], height).lineWidth(0.5).stroke('#808080');
    pdf
      .font(bold ? 'bold' : 'regular')
      .fontSize(SIZE)
      .fillColor('black');
    let at = top + PAD;
    for (const text of texts) {
      pdf.text(printable(text), xs[i] + PAD, at, { width: widths[i] - 2 * PAD });
      at += pdf.heightOfString(printable(text), { width: widths[i] - 2 * PAD }) + 2;
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

  pdf.font('bold').fontSize(12).text(printable(table.title.toUpperCase()), MARGIN, y, { width: usable, align: 'center' });
  pdf.font('italic').fontSize(8).text(printable(table.subtitle), { width: usable, align: 'center' });
  y = pdf.y + 8;
  header();

  for (const section of table.sections) {
    const h = heightOf([section.area.toUpperCase()], usable, true);
    if (y + h > bottom()) newPage();
    pdf.rect(MARGIN, y, usable, h).fill('#F2F2F2').fillColor('black');
    pdf.rect(MARGIN, y, usable, h).lineWidth(0.5).stroke('#808080');
    pdf
      .font('bold')
      .fontSize(SIZE)
      .text(printable(section.area.toUpperCase()), MARGIN + PAD, y + PAD, { width: usable - 2 * PAD });
    y += h;
    for (const row of section.rows) {
      const left: Record<ColumnKey, string[]> = { ...row.cells };
      for (const c of COLUMNS) left[c.key] = [...row.cells[c.key]];
      while (COLUMNS.some((c) => left[c.key].length > 0)) {
        const room = bottom() - y;
        // The paragraphs of each column that fit in the room left on this page (at least one).
        const parts = COLUMNS.map((c, i) => {
          const taken: string[] = [];
          while (
            left[c.key].length > 0 &&
            (taken.length === 0 || heightOf([...taken, left[c.key][0]], widths[i], i === 0) <= room)
          )
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
  pdf
    .font('regular')
    .fontSize(6)
    .text(`Generato dai dati del sistema il ${table.generatedAt.slice(0, 10)}`, MARGIN, Math.min(y + 6, bottom() - 10));
  pdf.x = MARGIN;
  signatureBlock(handle, ["Approvato dall'Assemblea dei Sindaci – il Presidente", "Il Responsabile dell'Ufficio di Piano"]);
  return handle.finish();
}
