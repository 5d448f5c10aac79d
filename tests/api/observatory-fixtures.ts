import type { Core } from '@strapi/strapi';

/** ISTAT codes of the comuni the fixtures use. */
export const BUSSERO = '015040';
export const CARUGATE = '015051';
export const CERNUSCO = '015070';

type Intake = [date: string, comune: string, needs: string[], outcome: string, extra?: Record<string, unknown>];

/**
 * Segretariato intakes with known answers; the expected figures in the tests are counted by hand
 * from this list (10 in 2024, 2 in 2023, 1 in 2025).
 */
export const INTAKES: Intake[] = [
  ['2024-01-10', BUSSERO, ['casa', 'lavoro'], 'informazione'],
  ['2024-01-22', BUSSERO, ['reddito'], 'presa-in-carico-leggera', { plannedInterviews: 3 }],
  ['2024-02-05', CARUGATE, ['casa'], 'invio', { referralTarget: 'servizio-sociale-professionale' }],
  ['2024-02-14', CARUGATE, ['famiglia-minori'], 'invio', { referralTarget: 'sail' }],
  ['2024-03-01', BUSSERO, ['lavoro'], 'invio', { referralTarget: 'servizio-sociale-professionale' }],
  ['2024-03-15', CERNUSCO, ['disabilita', 'salute'], 'presa-in-carico-leggera', { plannedInterviews: 4 }],
  ['2024-03-20', CARUGATE, ['reddito', 'casa'], 'informazione'],
  ['2024-04-02', BUSSERO, ['violenza'], 'presa-in-carico-leggera', { plannedInterviews: 2 }],
  ['2024-12-31', CARUGATE, ['lavoro'], 'invio', { referralTarget: 'servizio-sociale-professionale' }],
  ['2024-06-30', CERNUSCO, ['non-autosufficienza'], 'informazione'],
  ['2023-12-31', BUSSERO, ['casa'], 'invio', { referralTarget: 'servizio-sociale-professionale' }],
  ['2023-05-05', CARUGATE, ['lavoro'], 'informazione'],
  ['2025-01-01', BUSSERO, ['casa'], 'presa-in-carico-leggera', { plannedInterviews: 3 }],
];

/** Stores the intakes as submissions of the published `segretariato-intake` form, subject `fixture:<n>`. */
export async function loadIntakes(app: Core.Strapi): Promise<void> {
  const form = await app.db
    .query('plugin::forms.form')
    .findOne({ where: { key: 'segretariato-intake' }, select: ['id', 'documentId'] });
  const version = await app.db.query('plugin::forms.form-version').findOne({ where: { form: form.id }, select: ['documentId'] });
  const comuni = await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'istatCode'] });
  const idOf = (istat: string) => comuni.find((c: { istatCode: string }) => c.istatCode === istat).documentId;
  for (const [i, [accessDate, comune, needAreas, outcome, extra]] of INTAKES.entries()) {
    await app.documents('plugin::forms.submission').create({
      data: {
        form: form.documentId,
        formVersion: version.documentId,
        subjectType: 'fixture',
        subjectId: String(i),
        data: { accessDate, municipality: idOf(comune), needAreas, outcome, requestText: 'prova', ...extra },
      } as never,
    });
  }
}
