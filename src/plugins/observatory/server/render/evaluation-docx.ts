import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COLUMNS, type EvaluationTable } from './evaluation-table';

/** Relative widths of the seven columns (interventions and indicators carry the most text). */
const WIDTHS = [14, 8, 20, 14, 13, 20, 11];
const FONT = 'Calibri';

const cellParagraphs = (texts: string[], bold = false) =>
  (texts.length > 0 ? texts : ['']).map(
    (text) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text, bold, size: 16, font: FONT })] })
  );

const cell = (texts: string[], width: number, options: { bold?: boolean; shade?: string; span?: number } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    columnSpan: options.span,
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: cellParagraphs(texts, options.bold),
  });

/** The evaluation table as a Word document: landscape A4, one table, a heading row per area. */
export async function evaluationDocx(table: EvaluationTable): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: COLUMNS.map((column, i) => cell([column.it], WIDTHS[i], { bold: true, shade: 'D9E2F3' })),
  });
  const rows: TableRow[] = [header];
  for (const section of table.sections) {
    rows.push(
      new TableRow({ children: [cell([section.area.toUpperCase()], 100, { bold: true, shade: 'F2F2F2', span: COLUMNS.length })] })
    );
    for (const row of section.rows)
      rows.push(
        new TableRow({ children: COLUMNS.map((column, i) => cell(row.cells[column.key], WIDTHS[i], { bold: i === 0 })) })
      );
  }
  const document = new Document({
    creator: 'Ambito',
    title: table.title,
    description: table.subtitle,
    sections: [
      {
        properties: {
          page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: table.title.toUpperCase(), font: FONT })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: table.subtitle, italics: true, size: 18, font: FONT })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          new Paragraph({
            spacing: { before: 200 },
            children: [
              new TextRun({
                text: `Generato dai dati del sistema il / generated from live data on ${table.generatedAt.slice(0, 10)}`,
                size: 14,
                font: FONT,
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
