import type { BodyType, Seat } from './types';

/** Italian and English names of the body types and seats, for messages and views. */
export const BODY_TYPE_LABELS: Record<BodyType, { it: string; en: string }> = {
  'assemblea-sindaci': { it: 'Assemblea dei Sindaci', en: "Mayors' Assembly" },
  'tavolo-politico': { it: 'Tavolo politico', en: 'Political table' },
  'tavolo-tecnico': { it: 'Tavolo tecnico', en: 'Technical table' },
  'tavolo-coprogrammazione': { it: 'Tavolo di co-programmazione delle politiche', en: 'Policy co-programming table' },
  'tavolo-area': { it: "Tavolo d'area", en: 'Thematic area table' },
  gps: { it: 'Gruppo di Programmazione Strategica (GPS)', en: 'Strategic Programming Group (GPS)' },
  'cabina-regia': { it: 'Cabina di regia', en: 'Steering committee (cabina di regia)' },
  comitato: { it: 'Comitato', en: 'Committee' },
};

/** Singular and plural of each seat, Italian and English. */
export const SEAT_LABELS: Record<Seat, { it: [string, string]; en: [string, string] }> = {
  mayor: { it: ['sindaco', 'sindaci'], en: ['mayor', 'mayors'] },
  'political-representative': {
    it: ['rappresentante politico', 'rappresentanti politici'],
    en: ['political representative', 'political representatives'],
  },
  'municipal-official': {
    it: ['funzionario comunale', 'funzionari comunali'],
    en: ['municipal official', 'municipal officials'],
  },
  udp: {
    it: ["rappresentante dell'Ufficio di Piano", "rappresentanti dell'Ufficio di Piano"],
    en: ['UdP representative', 'UdP representatives'],
  },
  'assemblea-representative': {
    it: ["rappresentante dell'Assemblea dei Sindaci", "rappresentanti dell'Assemblea dei Sindaci"],
    en: ["representative of the Mayors' Assembly", "representatives of the Mayors' Assembly"],
  },
  'third-sector': {
    it: ['membro del Terzo Settore', 'membri del Terzo Settore'],
    en: ['third-sector member', 'third-sector members'],
  },
  provider: { it: ['ente gestore', 'enti gestori'], en: ['provider', 'providers'] },
  ats: { it: ['referente ATS', 'referenti ATS'], en: ['ATS referent', 'ATS referents'] },
  asst: { it: ['referente ASST', 'referenti ASST'], en: ['ASST referent', 'ASST referents'] },
  other: { it: ['altro membro', 'altri membri'], en: ['other member', 'other members'] },
};

/** "funzionario comunale o referente ATS" for a list of seats, singular or plural. */
export function seatsLabel(seats: Seat[], lang: 'it' | 'en', plural: boolean): string {
  const words = seats.map((seat) => SEAT_LABELS[seat][lang][plural ? 1 : 0]);
  return words.join(lang === 'it' ? ' o ' : ' or ');
}
