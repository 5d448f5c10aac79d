/** Demo case files: visibly fake people, one or more open cases in every comune of the district. */
export interface DemoPerson {
  key: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M';
  istat: string;
  citizenship?: string;
  phone?: string;
  disability?: string;
  healthNotes?: string;
  iseeValue?: number;
  courtMeasures?: string;
  members?: { firstName: string; lastName: string; birthDate: string; relation: string; livesWith: boolean }[];
  case: {
    service: string;
    area: string;
    summary: string;
    openedAt: string;
    assignedTo?: string;
    housing?: { score: number; reportedAt: string };
    /** Moves of the case's workflow since it started (each by a demo user, through the engine). */
    moves?: { transition: string; by: string; comment?: string }[];
  };
  referral?: { toService: string; status: 'pending' | 'accepted'; consent: 'given' | 'revoked'; reason: string };
  interventions?: { periodFrom: string; periodTo: string; quantity: number; unit: string; cost: number; notes?: string }[];
  voucher?: {
    service: string;
    value: number;
    validFrom: string;
    validTo: string;
    redemptions: { date: string; quantity: number; amount: number }[];
  };
}

/** The provider of the demo account ente.demo. */
export const DEMO_PROVIDER_VAT = '90000010000';

export const demoPeople: DemoPerson[] = [
  {
    key: 'anna-prova',
    firstName: 'Anna',
    lastName: 'Prova',
    birthDate: '1948-05-12',
    sex: 'F',
    istat: '015040',
    citizenship: 'italiana',
    phone: '+39 02 0000 0001',
    disability: 'Invalidità civile 100% (dato di esempio)',
    healthNotes: 'Mobilità ridotta (dato di esempio)',
    iseeValue: 8200,
    members: [{ firstName: 'Paolo', lastName: 'Prova', birthDate: '1975-02-03', relation: 'child', livesWith: false }],
    case: {
      service: 'sad-sadh-adh',
      area: 'promozione-autonomie',
      summary: 'Assistenza domiciliare due volte a settimana (esempio).',
      openedAt: '2026-02-10',
      assignedTo: 'op.bussero',
      moves: [
        { transition: 'assess', by: 'op.bussero' },
        { transition: 'choose-provider', by: 'op.bussero', comment: "Scelto l'ente accreditato / Accredited provider chosen" },
      ],
    },
    referral: {
      toService: 'sad-sadh-adh',
      status: 'accepted',
      consent: 'given',
      reason: 'Aiuto nella cura della persona (esempio).',
    },
    interventions: [
      {
        periodFrom: '2026-03-01',
        periodTo: '2026-03-31',
        quantity: 16,
        unit: 'hours',
        cost: 352,
        notes: 'Igiene personale (esempio)',
      },
      { periodFrom: '2026-04-01', periodTo: '2026-04-30', quantity: 14, unit: 'hours', cost: 308 },
    ],
    voucher: {
      service: 'sad-sadh-adh',
      value: 600,
      validFrom: '2026-03-01',
      validTo: '2026-12-31',
      redemptions: [
        { date: '2026-03-31', quantity: 5, amount: 110 },
        { date: '2026-04-30', quantity: 4, amount: 88 },
      ],
    },
  },
  {
    key: 'luca-esempio',
    firstName: 'Luca',
    lastName: 'Esempio',
    birthDate: '1990-11-23',
    sex: 'M',
    istat: '015040',
    citizenship: 'italiana',
    iseeValue: 5400,
    courtMeasures: 'Amministrazione di sostegno (dato di esempio)',
    case: {
      service: 'segretariato-sociale',
      area: 'azioni-trasversali',
      summary: 'Accesso allo sportello, richiesta di assistenza domiciliare (esempio).',
      openedAt: '2026-10-02',
      moves: [{ transition: 'analyse', by: 'op.bussero' }],
    },
    referral: {
      toService: 'sad-sadh-adh',
      status: 'pending',
      consent: 'given',
      reason: 'Valutare un intervento domiciliare (esempio).',
    },
  },
  {
    key: 'sara-finto',
    firstName: 'Sara',
    lastName: 'Finto',
    birthDate: '1985-07-30',
    sex: 'F',
    istat: '015040',
    iseeValue: 4100,
    members: [
      { firstName: 'Marco', lastName: 'Finto', birthDate: '2015-01-20', relation: 'child', livesWith: true },
      { firstName: 'Elena', lastName: 'Finto', birthDate: '2018-09-04', relation: 'child', livesWith: true },
    ],
    case: {
      service: 'rete-housing-distrettuale',
      area: 'contrasto-poverta',
      summary: 'Sfratto esecutivo, due minori (esempio).',
      openedAt: '2026-09-15',
      assignedTo: 'op.bussero',
      housing: { score: 55, reportedAt: '2026-09-16' },
      moves: [{ transition: 'assess', by: 'udp' }],
    },
  },
  {
    key: 'giulia-demo',
    firstName: 'Giulia',
    lastName: 'Demo',
    birthDate: '1952-01-08',
    sex: 'F',
    istat: '015051',
    disability: 'Non autosufficienza (dato di esempio)',
    iseeValue: 12500,
    case: {
      service: 'sad-sadh-adh',
      area: 'promozione-autonomie',
      summary: 'Assistenza domiciliare (esempio).',
      openedAt: '2026-01-20',
      assignedTo: 'op.carugate',
      moves: [{ transition: 'assess', by: 'op.carugate' }],
    },
    referral: { toService: 'sad-sadh-adh', status: 'accepted', consent: 'revoked', reason: 'Assistenza domiciliare (esempio).' },
  },
  {
    key: 'marco-fittizio',
    firstName: 'Marco',
    lastName: 'Fittizio',
    birthDate: '1979-04-18',
    sex: 'M',
    istat: '015051',
    iseeValue: 3000,
    healthNotes: 'Fragilità psichiatrica (dato di esempio)',
    case: {
      service: 'rete-housing-distrettuale',
      area: 'contrasto-poverta',
      summary: 'Uomo solo senza dimora (esempio).',
      openedAt: '2026-08-01',
      assignedTo: 'op.carugate',
      housing: { score: 70, reportedAt: '2026-08-03' },
    },
  },
  {
    key: 'chiara-campione',
    firstName: 'Chiara',
    lastName: 'Campione',
    birthDate: '1995-06-02',
    sex: 'F',
    istat: '015051',
    case: {
      service: 'sail',
      area: 'contrasto-poverta',
      summary: 'Percorso di inserimento lavorativo (esempio).',
      openedAt: '2026-06-11',
      moves: [{ transition: 'orient', by: 'udp' }],
    },
  },
  {
    key: 'paola-modello',
    firstName: 'Paola',
    lastName: 'Modello',
    birthDate: '1988-03-09',
    sex: 'F',
    istat: '015016',
    case: {
      service: 'segretariato-sociale',
      area: 'azioni-trasversali',
      summary: 'Informazioni sui servizi (esempio).',
      openedAt: '2026-10-20',
      moves: [
        {
          transition: 'close',
          by: 'udp',
          comment: 'Informazioni date sui servizi del comune / Information given on the services',
        },
      ],
    },
  },
  {
    key: 'davide-saggio',
    firstName: 'Davide',
    lastName: 'Saggio',
    birthDate: '1960-12-12',
    sex: 'M',
    istat: '015044',
    case: {
      service: 'trasporto-sociale',
      area: 'promozione-autonomie',
      summary: 'Trasporto per terapie (esempio).',
      openedAt: '2026-05-05',
    },
  },
  {
    key: 'laura-prova',
    firstName: 'Laura',
    lastName: 'Prova',
    birthDate: '1970-10-10',
    sex: 'F',
    istat: '015060',
    case: { service: 'sail', area: 'contrasto-poverta', summary: 'Orientamento al lavoro (esempio).', openedAt: '2026-04-14' },
  },
  {
    key: 'andrea-esempio',
    firstName: 'Andrea',
    lastName: 'Esempio',
    birthDate: '1983-08-25',
    sex: 'M',
    istat: '015070',
    iseeValue: 14000,
    case: {
      service: 'rete-housing-distrettuale',
      area: 'contrasto-poverta',
      summary: 'Nucleo in sovraffollamento (esempio).',
      openedAt: '2026-07-07',
      housing: { score: 30, reportedAt: '2026-07-08' },
    },
  },
  {
    key: 'elena-finto',
    firstName: 'Elena',
    lastName: 'Finto',
    birthDate: '1999-02-14',
    sex: 'F',
    istat: '015106',
    case: {
      service: 'segretariato-sociale',
      area: 'azioni-trasversali',
      summary: 'Richiesta di contributo (esempio).',
      openedAt: '2026-11-02',
    },
  },
  {
    key: 'giorgio-demo',
    firstName: 'Giorgio',
    lastName: 'Demo',
    birthDate: '1975-09-19',
    sex: 'M',
    istat: '015108',
    iseeValue: 6900,
    case: {
      service: 'rete-housing-distrettuale',
      area: 'contrasto-poverta',
      summary: 'Sfratto per morosità (esempio).',
      openedAt: '2026-06-01',
      housing: { score: 55, reportedAt: '2026-06-02' },
    },
  },
  {
    key: 'maria-campione',
    firstName: 'Maria',
    lastName: 'Campione',
    birthDate: '1940-03-03',
    sex: 'F',
    istat: '015172',
    case: {
      service: 'sad-sadh-adh',
      area: 'promozione-autonomie',
      summary: 'Assistenza domiciliare leggera (esempio).',
      openedAt: '2026-03-18',
    },
  },
];
