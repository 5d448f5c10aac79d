import { municipalities } from '../data/municipalities';
import {
  ACCOGLIENZA,
  areaTable,
  asst,
  ats,
  BUSSERO,
  CARUGATE,
  CERNUSCO,
  comune,
  delegates,
  FROM,
  GESSATE,
  GORGONZOLA,
  gps,
  official,
  SAD_PROVIDERS,
  secretary,
  TAVOLO_DEMO,
  thirdSector,
  udpHead,
} from './member-builders';
import type { SeedMember } from './types';

/**
 * Members of the governance bodies. People are placeholders ("segnaposto"): the document names roles,
 * not persons; organisations are the real kinds (comuni, ATS, ASST, UdP) or the example providers of
 * the catalogue. The demo accounts sit where their role would: udp is the secretary of every body,
 * op.bussero and op.carugate are municipal officials, ente.demo the referent of its home-care provider in
 * the GPS Disabilità, tavolo.demo a third-sector member (tavolo d'area Contrasto alla povertà, its
 * delegate to the co-programming table, Comitato Promotore).
 */
const members: SeedMember[] = [
  secretary('assemblea-sindaci'),
  ...municipalities.map(
    (m): SeedMember => ({
      body: 'assemblea-sindaci',
      name: `Sindaco di ${m.name} (segnaposto)`,
      seat: 'mayor',
      role: m.istatCode === CERNUSCO ? 'president' : 'member',
      organisation: `Comune di ${m.name}`,
      municipality: m.istatCode,
    })
  ),

  secretary('tavolo-politico'),
  ...municipalities.map(
    (m): SeedMember => ({
      body: 'tavolo-politico',
      name: `Assessore ai servizi sociali di ${m.name} (segnaposto)`,
      seat: 'political-representative',
      organisation: `Comune di ${m.name}`,
      municipality: m.istatCode,
    })
  ),
  official('tavolo-politico', CERNUSCO),
  official('tavolo-politico', GORGONZOLA),

  secretary('tavolo-tecnico'),
  udpHead('tavolo-tecnico'),
  ...municipalities.map((m) => official('tavolo-tecnico', m.istatCode)),

  secretary('tavolo-coprogrammazione'),
  {
    body: 'tavolo-coprogrammazione',
    name: "Presidente dell'Assemblea dei Sindaci (segnaposto)",
    seat: 'assemblea-representative',
    role: 'president',
    organisation: `Comune di ${comune(CERNUSCO)}`,
    municipality: CERNUSCO,
  },
  official('tavolo-coprogrammazione', GORGONZOLA),
  udpHead('tavolo-coprogrammazione'),
  ats('tavolo-coprogrammazione'),
  asst('tavolo-coprogrammazione'),
  ...delegates('tavolo-coprogrammazione'),

  ...areaTable('tavolo-area-benessere-familiare', BUSSERO, GESSATE, [
    thirdSector(
      'tavolo-area-benessere-familiare',
      'Referente Terzo Settore – famiglie (segnaposto)',
      '90000140005',
      'Cooperativa Sociale Esempio Famiglie Zona 1 (dati di esempio)'
    ),
    thirdSector(
      'tavolo-area-benessere-familiare',
      'Referente Terzo Settore – antiviolenza (segnaposto)',
      '90000230004',
      'Associazione Esempio Centro Antiviolenza (dati di esempio)'
    ),
  ]),
  ...areaTable('tavolo-area-autonomie', CARUGATE, GORGONZOLA, [
    thirdSector(
      'tavolo-area-autonomie',
      'Referente Terzo Settore – disabilità (segnaposto)',
      '90000250002',
      'Cooperativa Sociale Esempio Centro Diurno 1 (dati di esempio)'
    ),
    thirdSector(
      'tavolo-area-autonomie',
      'Referente Terzo Settore – volontariato (segnaposto)',
      '90000120007',
      'Associazione Esempio Volontari del Trasporto (dati di esempio)'
    ),
  ]),
  ...areaTable('tavolo-area-contrasto-poverta', CERNUSCO, '015060', [
    thirdSector('tavolo-area-contrasto-poverta', TAVOLO_DEMO, '90000220005', ACCOGLIENZA, { username: 'tavolo.demo' }),
    thirdSector(
      'tavolo-area-contrasto-poverta',
      'Referente Terzo Settore – lavoro (segnaposto)',
      '90000170002',
      'Cooperativa Sociale Esempio Lavoro e Inclusione (dati di esempio)'
    ),
  ]),

  ...gps('gps-famiglia-minori', CERNUSCO, [
    ['90000140005', 'Cooperativa Sociale Esempio Famiglie Zona 1 (dati di esempio)'],
    ['90000150004', 'Cooperativa Sociale Esempio Famiglie Zona 2 (dati di esempio)'],
    ['90000160003', 'Cooperativa Sociale Esempio Servizi Trasversali (dati di esempio)'],
  ]),
  ...gps('gps-housing', GORGONZOLA, [
    ['90000180001', 'Cooperativa Sociale Esempio Abitare, capofila ATI Condominio Solidale (dati di esempio)'],
    ['90000190000', 'Cooperativa Sociale Esempio Mamma e Bambino, mandante ATI Condominio Solidale (dati di esempio)'],
    ['90000200007', 'Cooperativa Sociale Esempio Autonomie, mandante ATI Condominio Solidale (dati di esempio)'],
    ['90000240003', 'Associazione Esempio Casa Accogliente (dati di esempio)'],
  ]),
  ...gps('gps-poverta', CERNUSCO, [['90000170002', 'Cooperativa Sociale Esempio Lavoro e Inclusione (dati di esempio)']]),
  ...gps('gps-disabilita', CARUGATE, SAD_PROVIDERS),

  secretary('cabina-regia-ats'),
  udpHead('cabina-regia-ats'),
  ats('cabina-regia-ats'),
  asst('cabina-regia-ats'),
  {
    body: 'cabina-regia-ats',
    name: 'Referente ASST Martesana Nord (segnaposto)',
    seat: 'asst',
    organisation: 'ASST (altra ASST della ATS)',
  },

  secretary('cabina-regia-territoriale'),
  udpHead('cabina-regia-territoriale'),
  ats('cabina-regia-territoriale'),
  asst('cabina-regia-territoriale'),
  ...[2, 3, 5, 6, 7, 8].map(
    (n): SeedMember => ({
      body: 'cabina-regia-territoriale',
      name: `Responsabile Ufficio di Piano – Distretto ${n} (segnaposto)`,
      seat: 'udp',
      organisation: `Ufficio di Piano – Distretto ${n}`,
    })
  ),

  secretary('comitato-promotore'),
  thirdSector('comitato-promotore', TAVOLO_DEMO, '90000220005', ACCOGLIENZA, { username: 'tavolo.demo' }),
  thirdSector(
    'comitato-promotore',
    'Referente Forum del Terzo Settore (segnaposto)',
    '90000160003',
    'Cooperativa Sociale Esempio Servizi Trasversali (dati di esempio)'
  ),
  thirdSector(
    'comitato-promotore',
    'Referente volontariato (segnaposto)',
    '90000120007',
    'Associazione Esempio Volontari del Trasporto (dati di esempio)'
  ),
  ats('comitato-promotore'),
];

export const governanceMembers: SeedMember[] = members.map((member) => ({ from: FROM, ...member }));
