import { escapeHtml, sanitizeRichText } from '../utils/rich-text';
import { actionLine, day, dayTime, STATE_TEXT, type MinutesDocument } from './minutes-document';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
header p{margin:.2rem 0;color:#555}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}footer{margin-top:3rem;color:#555;font-size:.9rem}`;

/**
 * The minutes as a standalone HTML page for members. Texts were sanitised when written and are sanitised
 * again here; everything else is escaped. Served with a CSP that allows no script at all.
 */
export function minutesPage(doc: MinutesDocument): string {
  const e = escapeHtml;
  const actionsOf = (key: string | null) =>
    doc.actions.filter((a) => a.itemKey === key).map((a) => `<li>${e(actionLine(a))}</li>`);
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '');
  const sections = doc.items.map(
    (item, i) =>
      `<section id="${e(item.key)}"><h2>${i + 1}. ${e(item.title)}</h2>${sanitizeRichText(item.text)}${list(actionsOf(item.key))}</section>`
  );
  const footer = [
    `${STATE_TEXT[doc.state] ?? e(doc.state)} – versione / version ${doc.version}`,
    doc.approvedOn ? `Approvato il / approved on ${day(doc.approvedOn)}` : '',
    doc.publishedOn ? `Pubblicato il / published on ${day(doc.publishedOn)}` : '',
  ].filter(Boolean);
  return [
    '<!doctype html>',
    '<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title><style>${STYLE}</style></head><body>`,
    `<header><p>${e(doc.bodyName)}</p><h1>${e(doc.title)}</h1><p>${e(doc.meetingTitle)} – ${e(dayTime(doc.startsAt))}</p></header>`,
    `<section>${sanitizeRichText(doc.opening)}${list(actionsOf(null))}</section>`,
    ...sections,
    `<footer>${footer.map((f) => `<p>${e(f)}</p>`).join('')}</footer>`,
    '</body></html>',
  ].join('\n');
}
