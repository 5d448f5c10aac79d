import { createPdf, printable } from '../../plugins/plugin-kit/pdf';
import type { PersonalExport } from './collect';

const SECTIONS: [keyof PersonalExport, string][] = [
  ['households', 'Nucleo familiare'],
  ['cases', 'Prese in carico'],
  ['referrals', 'Invii'],
  ['interventions', 'Interventi'],
  ['vouchers', 'Voucher'],
  ['formSubmissions', 'Moduli compilati'],
];

/** Italian labels of the stored fields: the PDF is for the person, who reads no field keys. */
const LABELS: Record<string, string> = {
  documentId: 'Identificativo',
  createdAt: 'Creato il',
  updatedAt: 'Modificato il',
  firstName: 'Nome',
  lastName: 'Cognome',
  fiscalCode: 'Codice fiscale',
  birthDate: 'Data di nascita',
  sex: 'Sesso',
  citizenship: 'Cittadinanza',
  municipality: 'Comune',
  address: 'Indirizzo',
  phone: 'Telefono',
  email: 'E-mail',
  disability: 'Disabilità',
  healthNotes: 'Note sanitarie',
  iseeValue: 'Valore ISEE',
  courtMeasures: "Provvedimenti dell'autorità giudiziaria",
  anonymisedAt: 'Anonimizzato il',
  members: 'Componenti',
  relation: 'Relazione',
  livesWith: 'Convivente',
  name: 'Nome',
  code: 'Codice',
  service: 'Servizio',
  area: 'Area',
  status: 'Stato',
  openedAt: 'Aperta il',
  closedAt: 'Chiusa il',
  summary: 'Sintesi',
  assignedOperator: 'Operatore assegnato',
  username: 'Utente',
  workflowKey: 'Percorso',
  workflowInstance: 'Pratica del percorso',
  housingScore: 'Punteggio casa',
  housingReportedAt: 'Segnalazione casa del',
  case: 'Cartella',
  fromMunicipality: 'Dal comune',
  fromService: 'Dal servizio',
  toProvider: "All'ente",
  toService: 'Al servizio',
  reason: 'Motivo',
  responseNote: "Risposta dell'ente",
  consentPurpose: 'Finalità del consenso',
  consentGiven: 'Consenso dato',
  consentGivenAt: 'Consenso dato il',
  consentRevokedAt: 'Consenso revocato il',
  decidedAt: 'Deciso il',
  decidedBy: 'Deciso da',
  provider: 'Ente',
  periodFrom: 'Dal',
  periodTo: 'Al',
  quantity: 'Quantità',
  unit: 'Unità',
  cost: 'Costo',
  notes: 'Note',
  value: 'Valore',
  validFrom: 'Valido dal',
  validTo: 'Valido fino al',
  copaymentShare: 'Quota di compartecipazione',
  redemptions: 'Utilizzi',
  balance: 'Saldo',
  amount: 'Importo',
  date: 'Data',
  data: 'Risposte',
  subjectType: 'Riferito a',
  subjectId: 'Riferimento',
  form: 'Modulo',
  key: 'Modulo',
};
const label = (key: string) => LABELS[key] ?? key;
/** Stored codes printed as words. */
const VALUES: Record<string, Record<string, string>> = {
  relation: {
    spouse: 'coniuge',
    partner: 'convivente',
    child: 'figlio/a',
    parent: 'genitore',
    sibling: 'fratello/sorella',
    grandparent: 'nonno/a',
    other: 'altro',
  },
};
const SUBJECTS: Record<string, string> = {
  'api::beneficiary.beneficiary': 'persona',
  'api::household.household': 'nucleo familiare',
  'api::case.case': 'cartella',
  'api::referral.referral': 'invio',
  'api::intervention.intervention': 'intervento',
  'api::voucher.voucher': 'voucher',
};
const shown = (value: unknown) =>
  value === true ? 'sì' : value === false ? 'no' : String(value instanceof Date ? value.toISOString() : value);

function lines(value: unknown, indent = ''): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => [`${indent}${i + 1}.`, ...lines(item, `${indent}   `)]);
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      inner !== null && typeof inner === 'object' && !(inner instanceof Date)
        ? [`${indent}${label(key)}:`, ...lines(inner, `${indent}   `)]
        : lines(key === 'subjectType' ? (SUBJECTS[inner as string] ?? inner) : (VALUES[key]?.[inner as string] ?? inner)).map(
            (l) => `${indent}${label(key)}: ${l}`
          )
    );
  }
  return [shown(value)];
}

/** The readable copy of an art. 15 export: every field, section by section (A4, Unicode font, page numbers). */
export function exportPdf(data: PersonalExport): Promise<Buffer> {
  const b = data.beneficiary;
  const handle = createPdf({ title: `Dati personali di ${b.firstName} ${b.lastName}`, margin: 56 });
  const { pdf, font } = handle;
  font('bold', 16).text(printable(`Dati personali di ${b.firstName} ${b.lastName}`));
  font('regular', 9).text(printable(`Estratto ai sensi dell'art. 15 GDPR il ${data.exportedAt}`));
  pdf.moveDown();
  font('regular', 10).text(printable(lines(b).join('\n')));
  for (const [key, title] of SECTIONS) {
    pdf.moveDown();
    font('bold', 12).text(title);
    const list = data[key] as unknown[];
    font('regular', 10).text(printable(list.length ? lines(list).join('\n') : '—'));
  }
  return handle.finish();
}
