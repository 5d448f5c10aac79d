import PDFDocument from 'pdfkit';
import { plainText } from '../utils/rich-text';
import { actionLine, day, dayTime, STATE_TEXT, type MinutesDocument } from './minutes-document';

/** pdfkit's standard fonts speak WinAnsi: characters outside it become '?' rather than broken glyphs. */
// eslint-disable-next-line no-control-regex
const winAnsi = (text: string) =>
  text.replace(/[^\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

/** The minutes as a PDF (A4, standard fonts, text only): what members download and keep. */
export function minutesPdf(doc: MinutesDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: winAnsi(doc.title), Author: winAnsi(doc.bodyName), Creator: 'Ambito' },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    const text = (value: string, size = 11, font = 'Helvetica') =>
      pdf.font(font).fontSize(size).text(winAnsi(value), { align: 'left' });
    const actions = (key: string | null) => {
      for (const action of doc.actions.filter((a) => a.itemKey === key)) text(`• ${actionLine(action)}`, 10);
    };

    text(doc.bodyName, 10, 'Helvetica-Oblique');
    text(doc.title, 16, 'Helvetica-Bold');
    text(`${doc.meetingTitle} – ${dayTime(doc.startsAt)}`, 10);
    pdf.moveDown();
    text(plainText(doc.opening));
    actions(null);
    doc.items.forEach((item, i) => {
      pdf.moveDown();
      text(`${i + 1}. ${item.title}`, 12, 'Helvetica-Bold');
      const body = plainText(item.text);
      if (body) text(body);
      actions(item.key);
    });
    pdf.moveDown(2);
    text(`${STATE_TEXT[doc.state] ?? doc.state} – versione / version ${doc.version}`, 9);
    if (doc.approvedOn) text(`Approvato il / approved on ${day(doc.approvedOn)}`, 9);
    if (doc.publishedOn) text(`Pubblicato il / published on ${day(doc.publishedOn)}`, 9);
    pdf.end();
  });
}
