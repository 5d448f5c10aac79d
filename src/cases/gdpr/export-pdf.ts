import PDFDocument from 'pdfkit';
import type { PersonalExport } from './collect';

// eslint-disable-next-line no-control-regex
const winAnsi = (text: string) => text.replace(/[^\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

const SECTIONS: [keyof PersonalExport, string][] = [
  ['households', 'Nucleo familiare / Household'],
  ['cases', 'Prese in carico / Cases'],
  ['referrals', 'Invii / Referrals'],
  ['interventions', 'Interventi / Interventions'],
  ['vouchers', 'Voucher'],
  ['formSubmissions', 'Moduli compilati / Form submissions'],
];

function lines(value: unknown, indent = ''): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => [`${indent}${i + 1}.`, ...lines(item, `${indent}   `)]);
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      inner !== null && typeof inner === 'object' && !(inner instanceof Date) ? [`${indent}${key}:`, ...lines(inner, `${indent}   `)] : lines(inner).map((l) => `${indent}${key}: ${l}`)
    );
  }
  return [String(value instanceof Date ? value.toISOString() : value)];
}

/** The readable copy of an art. 15 export: every field, section by section (A4, standard fonts). */
export function exportPdf(data: PersonalExport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Dati personali / Personal data', Creator: 'Ambito' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    const b = data.beneficiary;
    pdf.font('Helvetica-Bold').fontSize(16).text(winAnsi(`Dati personali di ${b.firstName} ${b.lastName} / Personal data`));
    pdf.font('Helvetica').fontSize(9).text(winAnsi(`Art. 15 GDPR – estratto il / exported on ${data.exportedAt}`));
    pdf.moveDown();
    pdf.font('Helvetica').fontSize(10).text(winAnsi(lines(b).join('\n')));
    for (const [key, title] of SECTIONS) {
      pdf.moveDown();
      pdf.font('Helvetica-Bold').fontSize(12).text(winAnsi(title));
      const list = data[key] as unknown[];
      pdf.font('Helvetica').fontSize(10).text(winAnsi(list.length ? lines(list).join('\n') : '—'));
    }
    pdf.end();
  });
}
