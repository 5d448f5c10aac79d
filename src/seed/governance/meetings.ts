import type { SeedMeeting } from './types';

/**
 * The meetings of 2026, as many as the document's indicators count: 4 per GPS a year ("Gruppo
 * programmazione strategica: 4 incontri"), 4 of the tavolo tecnico ("12 incontri nel triennio"), the
 * Assemblea's sessions, two for each tavolo d'area and the co-programming table. Meetings before the
 * demo's day are held (attendance recorded), the December ones are convened.
 */
const SALA = 'Sala consiliare, Comune di Cernusco sul Naviglio, Piazza Martiri della Libertà 1';
const UDP_ROOM = "Sede dell'Ufficio di Piano, Cernusco sul Naviglio";
const ONLINE = 'https://meet.example.org/ambito-distretto-4';
/** Local time in Italy (summer time from 29 March to 24 October 2026). */
const at = (day: string, time: string, hours = 2) => {
  const offset = day >= '2026-03-29' && day <= '2026-10-24' ? '+02:00' : '+01:00';
  const start = new Date(`${day}T${time}:00${offset}`);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * 3600_000).toISOString() };
};

function gpsYear(body: string, name: string, serviceCodes: string[], days: string[]): SeedMeeting[] {
  const topics = [
    ['avvio', "Programmazione dell'anno e obiettivi del servizio"],
    ['monitoraggio-1', 'Monitoraggio del primo quadrimestre: dati di attività e criticità'],
    ['monitoraggio-2', 'Monitoraggio del secondo quadrimestre e proposte di riprogrammazione'],
    ['consuntivo', "Consuntivo dell'anno e riprogrammazione per l'anno successivo"],
  ];
  return days.map((day, i) => ({
    body,
    title: `${name} – incontro ${i + 1} del 2026`,
    ...at(day, '14:30'),
    place: UDP_ROOM,
    onlineUrl: i % 2 === 1 ? ONLINE : undefined,
    held: i < 3,
    agenda: [
      { key: topics[i][0], title: topics[i][1], serviceCodes },
      { key: 'varie', title: 'Varie ed eventuali' },
    ],
  }));
}

export const governanceMeetings: SeedMeeting[] = [
  ...gpsYear(
    'gps-famiglia-minori',
    'GPS Famiglia e Minori',
    ['servizio-integrato-minori-famiglia', 'spazio-incontri'],
    ['2026-02-10', '2026-05-12', '2026-09-15', '2026-12-15']
  ),
  ...gpsYear(
    'gps-housing',
    'GPS Housing e abitare',
    ['rete-housing-distrettuale', 'condominio-solidale'],
    ['2026-02-11', '2026-05-13', '2026-09-16', '2026-12-16']
  ),
  ...gpsYear('gps-poverta', 'GPS Contrasto alla povertà', ['sail'], ['2026-02-17', '2026-05-19', '2026-09-22', '2026-12-09']),
  ...gpsYear(
    'gps-disabilita',
    'GPS Disabilità',
    ['albo-fornitori-servizi-diurni-disabilita', 'sad-sadh-adh'],
    ['2026-02-18', '2026-05-20', '2026-09-23', '2026-12-10']
  ),

  ...['2026-01-20', '2026-04-21', '2026-07-14', '2026-12-01'].map(
    (day, i): SeedMeeting => ({
      body: 'tavolo-tecnico',
      title: `Tavolo tecnico – seduta ${i + 1} del 2026`,
      ...at(day, '10:00'),
      place: UDP_ROOM,
      held: i < 3,
      agenda: [
        { key: 'regolamento', title: 'Applicazione del regolamento distrettuale di accesso e compartecipazione' },
        { key: 'tariffe', title: 'Tariffe uniformi: simulazione sui bilanci comunali' },
      ],
      absent: i === 1 ? ['Funzionario servizi sociali di Gessate (segnaposto)'] : [],
    })
  ),

  {
    body: 'assemblea-sindaci',
    title: 'Assemblea dei Sindaci – approvazione del piano delle attività 2026',
    ...at('2026-01-29', '18:00'),
    place: SALA,
    held: true,
    agenda: [
      { key: 'piano-attivita', title: 'Approvazione del piano delle attività 2026 dell’Ufficio di Piano' },
      { key: 'riparto-fondi', title: 'Riparto del Fondo Sociale Regionale e del FNPS' },
    ],
    absent: ['Sindaco di Bellinzago Lombardo (segnaposto)', 'Sindaco di Cambiago (segnaposto)'],
    delegated: [{ name: 'Sindaco di Gessate (segnaposto)', delegate: 'Vicesindaco di Gessate (segnaposto)' }],
  },
  {
    body: 'assemblea-sindaci',
    title: 'Assemblea dei Sindaci – tariffe uniformi',
    ...at('2026-06-25', '18:00'),
    place: SALA,
    held: true,
    agenda: [{ key: 'tariffe-uniformi', title: 'Tariffe uniformi per due servizi comunali: esito della simulazione' }],
    absent: [
      'Sindaco di Gorgonzola (segnaposto)',
      'Sindaco di Carugate (segnaposto)',
      'Sindaco di Pessano con Bornago (segnaposto)',
      "Sindaco di Cassina de' Pecchi (segnaposto)",
    ],
  },
  {
    body: 'assemblea-sindaci',
    title: 'Assemblea dei Sindaci – bilancio preventivo 2027',
    ...at('2026-12-03', '18:00'),
    place: SALA,
    held: false,
    agenda: [{ key: 'bilancio-2027', title: "Bilancio preventivo 2027 dell'Ufficio di Piano" }],
  },

  ...['2026-04-22', '2026-11-04'].map(
    (day, i): SeedMeeting => ({
      body: 'tavolo-coprogrammazione',
      title: `Tavolo di co-programmazione – incontro ${i + 1} del 2026`,
      ...at(day, '17:00'),
      place: SALA,
      onlineUrl: ONLINE,
      held: true,
      agenda: [
        { key: 'monitoraggio', title: 'Monitoraggio delle azioni del documento di programmazione' },
        { key: 'nuovi-bisogni', title: 'Restituzione dei tavoli d’area: nuovi bisogni' },
      ],
    })
  ),

  ...(['tavolo-area-benessere-familiare', 'tavolo-area-autonomie'] as const).flatMap((body) =>
    ['2026-03-10', '2026-10-13'].map(
      (day, i): SeedMeeting => ({
        body,
        title: `${body === 'tavolo-area-autonomie' ? "Tavolo d'area Autonomie" : "Tavolo d'area Benessere familiare"} – incontro ${i + 1} del 2026`,
        ...at(day, body === 'tavolo-area-autonomie' ? '17:00' : '14:30'),
        place: UDP_ROOM,
        held: true,
        agenda: [
          { key: 'bisogni', title: 'Raccolta dei bisogni emergenti dal territorio' },
          { key: 'servizi-attivi', title: 'Monitoraggio dei servizi attivi' },
        ],
      })
    )
  ),

  // The tavolo d'area Contrasto alla povertà: its minutes show every state (seed-minutes.ts).
  {
    body: 'tavolo-area-contrasto-poverta',
    title: "Tavolo d'area Contrasto alla povertà – incontro 1 del 2026",
    ...at('2026-03-12', '15:00'),
    place: UDP_ROOM,
    held: true,
    agenda: [
      { key: 'sail', title: 'SAIL: andamento dei percorsi di inserimento lavorativo', serviceCodes: ['sail'] },
      { key: 'housing', title: 'Rete housing: posti disponibili e liste di attesa', serviceCodes: ['rete-housing-distrettuale'] },
      { key: 'varie', title: 'Varie ed eventuali' },
    ],
    absent: ['Referente ASST (segnaposto)'],
  },
  {
    body: 'tavolo-area-contrasto-poverta',
    title: "Tavolo d'area Contrasto alla povertà – incontro 2 del 2026",
    ...at('2026-06-18', '15:00'),
    place: UDP_ROOM,
    onlineUrl: ONLINE,
    held: true,
    agenda: [
      { key: 'reddito', title: 'Misure nazionali di sostegno al reddito: Patti per l’inclusione e PUC' },
      {
        key: 'mediazione',
        title: 'Mediazione linguistico-culturale nelle scuole',
        serviceCodes: ['mediazione-linguistico-culturale'],
      },
    ],
  },
  {
    body: 'tavolo-area-contrasto-poverta',
    title: "Tavolo d'area Contrasto alla povertà – incontro 3 del 2026",
    ...at('2026-10-15', '15:00'),
    place: UDP_ROOM,
    held: true,
    agenda: [{ key: 'co-progettazione', title: 'Proposte per la co-progettazione 2027' }],
  },
  {
    body: 'tavolo-area-contrasto-poverta',
    title: "Tavolo d'area Contrasto alla povertà – incontro 4 del 2026",
    ...at('2026-12-17', '15:00'),
    place: UDP_ROOM,
    held: false,
    agenda: [{ key: 'consuntivo', title: "Consuntivo dell'anno" }],
  },

  {
    body: 'comitato-promotore',
    title: 'Comitato Promotore – giornata della comunità generativa',
    ...at('2026-05-27', '17:30'),
    place: SALA,
    held: true,
    agenda: [{ key: 'evento', title: 'Organizzazione della giornata distrettuale' }],
  },
  {
    body: 'cabina-regia-ats',
    title: 'Cabina di Regia ATS – integrazione socio-sanitaria',
    ...at('2026-03-24', '10:00'),
    onlineUrl: ONLINE,
    held: true,
    agenda: [{ key: 'dopo-di-noi', title: 'Dopo di Noi (L. 112/2016): stato dei progetti' }],
  },
  {
    body: 'cabina-regia-territoriale',
    title: 'Cabina di regia territoriale – Misura B2 e Misura 6',
    ...at('2026-04-14', '10:00'),
    place: 'ASST Melegnano e Martesana, Vizzolo Predabissi',
    held: true,
    agenda: [{ key: 'misure', title: 'Misura B2 e Misura 6: coordinamento dei 7 ambiti' }],
  },
];
