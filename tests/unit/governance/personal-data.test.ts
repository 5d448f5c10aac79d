import { PRIVATE_MAIL_DOMAINS, scanPersonalData, scanText, textView } from '../../../src/plugins/governance/shared';

const CF = 'RSSMRA80A01F205X';
const kinds = (text: string) => scanText(text).map((f) => f.kind);

describe('codice fiscale of a person', () => {
  it('is found with its place (path, offset, length) and shown masked', () => {
    const text = `<p>Il signor ${CF} ha chiesto il contributo.</p>`;
    const [finding] = scanText(text, ['items', '1', 'text']);
    expect(finding).toMatchObject({
      path: ['items', '1', 'text'],
      offset: text.indexOf(CF),
      length: 16,
      kind: 'fiscal-code',
      masked: 'RSS************X',
    });
    expect(finding.it).toContain('items.1.text, posizione');
    expect(finding.en).toContain(`offset ${text.indexOf(CF)}`);
    expect(finding.it).not.toContain(CF);
  });

  it('in lower case, or written in groups', () => {
    expect(kinds(CF.toLowerCase())).toEqual(['fiscal-code']);
    expect(kinds('RSS MRA 80A01 F205X')).toEqual(['fiscal-code']);
    expect(kinds('BNC-LRA-75T45-H501G')).toEqual(['fiscal-code']);
  });

  it('split by markup', () => {
    const text = '<p>RSSMRA<strong></strong>80A01F205X</p>';
    const [finding] = scanText(text);
    expect(finding).toMatchObject({ kind: 'fiscal-code', offset: 3 });
    expect(text.slice(finding.offset, finding.offset + finding.length)).toBe('RSSMRA<strong></strong>80A01F205X');
  });

  it('not a 16-character word whose check letter is wrong, nor an organisation number', () => {
    expect(kinds('RSSMRA80A01F205Y')).toEqual([]);
    expect(kinds('Partita IVA 90000010000, codice ABCDEFGHIJKLMNOP')).toEqual([]);
    expect(kinds('XRSSMRA80A01F205X')).toEqual([]);
  });
});

describe('other identifiers of persons', () => {
  it('an Italian IBAN with a valid check, with or without spaces', () => {
    expect(kinds('IBAN IT60X0542811101000000123456')).toEqual(['iban']);
    expect(kinds('IT60 X054 2811 1010 0000 0123 456.')).toEqual(['iban']);
    expect(kinds('IT61X0542811101000000123456')).toEqual([]);
  });

  it('mobile numbers, not landlines or amounts', () => {
    expect(kinds('chiamare il 333 1234567')).toEqual(['mobile-phone']);
    expect(kinds('cell. +39 347-123-4567')).toEqual(['mobile-phone']);
    expect(kinds('cell. 00393471234567')).toEqual(['mobile-phone']);
    expect(kinds('ufficio 02 9278 1234')).toEqual([]);
    expect(kinds('stanziati € 330.000.000')).toEqual([]);
    expect(kinds('anno 2026, 104 posti, FNPS 270000 euro')).toEqual([]);
  });

  it('e-mail addresses at personal mailbox providers, not institutional ones', () => {
    expect(kinds('scrivere a mario.rossi@gmail.com')).toEqual(['private-email']);
    expect(kinds('<a href="mailto:m.bianchi@libero.it">qui</a>')).toEqual(['private-email']);
    expect(kinds('udp@comune.cernusco-sul-naviglio.mi.it, info@example.org')).toEqual([]);
    expect(PRIVATE_MAIL_DOMAINS).toContain('hotmail.it');
    expect(scanText('mario.rossi@gmail.com')[0].masked).toBe('m**********@gmail.com');
  });
});

describe('several fields', () => {
  it('each finding names its field, in order of position', () => {
    const findings = scanPersonalData([
      { path: ['title'], text: 'Verbale' },
      { path: ['items', '0', 'text'], text: `<p>${CF} e 333 1234567</p>` },
      { path: ['body'], text: null },
    ]);
    expect(findings.map((f) => [f.path.join('.'), f.kind])).toEqual([
      ['items.0.text', 'fiscal-code'],
      ['items.0.text', 'mobile-phone'],
    ]);
  });

  it('the text view maps back to the stored offsets', () => {
    const view = textView('<p>ab</p><p>c</p>');
    expect(view.text).toBe(' ab  c ');
    expect(view.offsets[1]).toBe(3);
  });
});
