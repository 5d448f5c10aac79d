import { bilingualMessage } from '../../src/middlewares/bilingual-errors';

describe('bilingual error messages', () => {
  it("keeps Ambito's own messages, which are already in both languages", () => {
    expect(bilingualMessage('area: area sconosciuta / area: unknown area', 400)).toBe(
      'area: area sconosciuta / area: unknown area'
    );
  });

  it("puts the Italian in front of Strapi's English messages, naming the key", () => {
    expect(bilingualMessage('Invalid key colour', 400)).toBe('Parametro o campo non ammesso: colour / Invalid key colour');
    expect(bilingualMessage('Forbidden', 403)).toBe('Accesso negato / Forbidden');
    expect(bilingualMessage('Invalid identifier or password', 400)).toBe(
      'Nome utente o password non validi / Invalid identifier or password'
    );
  });

  it('says something in Italian for messages it does not know', () => {
    expect(bilingualMessage('Something odd', 409)).toBe('Richiesta non accettata (errore 409) / Something odd');
  });
});
