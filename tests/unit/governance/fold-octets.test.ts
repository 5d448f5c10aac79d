import fc from 'fast-check';
import { foldOctets } from '../../../src/plugins/governance/server/render/fold-octets';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('iCalendar lines folded by octets (RFC 5545 §3.1)', () => {
  it('a line of accented letters and dashes is cut at 75 octets, never inside a letter', () => {
    const line = `SUMMARY:${'Assemblea dei Sindaci – approvazione del bilancio è già all’ordine del giorno '.repeat(3)}`;
    const folded = foldOctets(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(2, -1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('refolds what the ics package folded by characters', () => {
    const byCharacters = `DESCRIPTION:${'à'.repeat(63)}\r\n\t${'è'.repeat(20)}`;
    const folded = foldOctets(byCharacters);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'à'.repeat(63)}${'è'.repeat(20)}`);
  });

  it('any text: every line ≤ 75 octets, unfolding gives it back, no UTF-8 sequence split', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/[\r\n]/g, '')),
          { maxLength: 5 }
        ),
        (raw) => {
          const text = raw.map((s, i) => `X-LINE-${i}:${s}`).join('\r\n');
          const folded = foldOctets(text);
          for (const l of folded.split('\r\n')) {
            expect(octets(l)).toBeLessThanOrEqual(75);
            expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
          }
          expect(unfold(folded)).toBe(text);
        }
      )
    );
  });
});
