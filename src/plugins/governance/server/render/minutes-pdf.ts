import { createPdf, printable, signatureBlock, type FontStyle } from '../../../plugin-kit/pdf';
import { plainText } from '../utils/rich-text';
import { actionLine, day, dayTime, type MinutesDocument } from './minutes-document';

const STATE_IT: Record<string, string> = {
  draft: 'Bozza',
  'in-review': 'In revisione',
  approved: 'Approvato',
  published: 'Pubblicato',
};

/**
 * The minutes as a PDF members download and keep: Italian only, A4, Unicode font, page numbers, and the
 * signature block of the chair and the secretary.
 */
export function minutesPdf(doc: MinutesDocument): Promise<Buffer> {
  const handle = createPdf({ title: doc.title, author: doc.bodyName, margin: 56 });
  const { pdf, font } = handle;
  const text = (value: string, size = 11, style: FontStyle = 'regular') =>
    font(style, size).text(printable(value), { align: 'left' });
  const actions = (key: string | null) => {
    for (const action of doc.actions.filter((a) => a.itemKey === key)) text(`• ${actionLine(action, 'it')}`, 10);
  };

  text(doc.bodyName, 10, 'italic');
  text(doc.title, 16, 'bold');
  text(`${doc.meetingTitle} – ${dayTime(doc.startsAt)}`, 10);
  pdf.moveDown();
  text(plainText(doc.opening));
  actions(null);
  doc.items.forEach((item, i) => {
    pdf.moveDown();
    text(`${i + 1}. ${item.title}`, 12, 'bold');
    const body = plainText(item.text);
    if (body) text(body);
    actions(item.key);
  });
  pdf.moveDown(2);
  text(`${STATE_IT[doc.state] ?? doc.state} – versione ${doc.version}`, 9);
  if (doc.approvedOn) text(`Approvato il ${day(doc.approvedOn)}`, 9);
  if (doc.publishedOn) text(`Pubblicato il ${day(doc.publishedOn)}`, 9);
  signatureBlock(handle, ['Il Presidente', 'Il Segretario verbalizzante']);
  return handle.finish();
}
