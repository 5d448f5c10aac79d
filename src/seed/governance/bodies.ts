import type { SeedBody } from './types';

/**
 * The bodies of the district's governance: section 4.1 of the programming document 2018-2020 (tavoli
 * d'area, tavolo di co-programmazione, GPS, tavolo tecnico and politico, Assemblea) and section 1
 * (cabine di regia with ATS/ASST, Comitato Promotore with the third sector).
 */
export const governanceBodies: SeedBody[] = [
  {
    code: 'assemblea-sindaci',
    name: 'Assemblea dei Sindaci del Distretto 4',
    type: 'assemblea-sindaci',
    description:
      "L'Assemblea distrettuale dei Sindaci dei 9 comuni: indirizzo politico, approvazione del Piano di Zona e dei regolamenti distrettuali.",
    public: true,
  },
  {
    code: 'tavolo-politico',
    name: 'Tavolo politico',
    type: 'tavolo-politico',
    description:
      'Partecipazione dei rappresentanti politici e dei funzionari comunali: coordinamento politico del Piano di Zona.',
    public: false,
  },
  {
    code: 'tavolo-tecnico',
    name: 'Tavolo tecnico',
    type: 'tavolo-tecnico',
    description:
      "Personale dell'Ufficio di Piano e funzionari dei comuni (responsabili dei servizi sociali): coordinamento tecnico.",
    public: false,
  },
  {
    code: 'tavolo-coprogrammazione',
    name: 'Tavolo di co-programmazione delle politiche',
    type: 'tavolo-coprogrammazione',
    description:
      'Assemblea dei Sindaci, tavolo tecnico, Ufficio di Piano, responsabili di ATS e ASST e due soggetti delegati per tavolo tematico dal Terzo Settore: monitora e valuta il documento di programmazione, raccoglie i nuovi bisogni, costruisce politiche intersettoriali e co-programma interventi e servizi.',
    public: true,
  },
  {
    code: 'tavolo-area-benessere-familiare',
    name: "Tavolo d'area Promozione del benessere familiare",
    type: 'tavolo-area',
    areaCode: 'benessere-familiare',
    description:
      "Tavolo tematico di confronto: raccoglie i nuovi bisogni, monitora i servizi attivi e progetta nuovi interventi dell'area.",
    public: false,
  },
  {
    code: 'tavolo-area-autonomie',
    name: "Tavolo d'area Promozione delle autonomie",
    type: 'tavolo-area',
    areaCode: 'promozione-autonomie',
    description:
      "Tavolo tematico di confronto: raccoglie i nuovi bisogni, monitora i servizi attivi e progetta nuovi interventi dell'area.",
    public: false,
  },
  {
    code: 'tavolo-area-contrasto-poverta',
    name: "Tavolo d'area Contrasto alla povertà",
    type: 'tavolo-area',
    areaCode: 'contrasto-poverta',
    description:
      "Tavolo tematico di confronto: raccoglie i nuovi bisogni, monitora i servizi attivi e progetta nuovi interventi dell'area.",
    public: false,
  },
  {
    code: 'gps-famiglia-minori',
    name: 'GPS Servizio Integrato Famiglia e Minori',
    type: 'gps',
    areaCode: 'benessere-familiare',
    serviceCodes: ['servizio-integrato-minori-famiglia', 'spazio-incontri'],
    description:
      'Gruppo di Programmazione Strategica: organismo misto pubblico-privato che monitora e riprogramma il servizio con gli enti gestori.',
    public: false,
  },
  {
    code: 'gps-housing',
    name: 'GPS Housing e abitare',
    type: 'gps',
    areaCode: 'contrasto-poverta',
    serviceCodes: ['rete-housing-distrettuale', 'condominio-solidale'],
    description:
      'Gruppo di Programmazione Strategica della rete housing distrettuale e del Condominio Solidale, con gli enti gestori.',
    public: false,
  },
  {
    code: 'gps-poverta',
    name: 'GPS Servizi di contrasto alla povertà',
    type: 'gps',
    areaCode: 'contrasto-poverta',
    serviceCodes: ['sail'],
    description: "Gruppo di Programmazione Strategica del SAIL (accompagnamento e inserimento lavorativo), con l'ente gestore.",
    public: false,
  },
  {
    code: 'gps-disabilita',
    name: 'GPS Disabilità (PUAD)',
    type: 'gps',
    areaCode: 'promozione-autonomie',
    serviceCodes: ['albo-fornitori-servizi-diurni-disabilita', 'sad-sadh-adh'],
    description:
      "Gruppo di Programmazione Strategica dell'area disabilità (punto unico di accesso, servizi diurni, assistenza domiciliare), con gli enti gestori.",
    public: false,
  },
  {
    code: 'cabina-regia-ats',
    name: 'Cabina di Regia ATS Città Metropolitana di Milano',
    type: 'cabina-regia',
    description: 'ATS, referenti delle ASST e responsabili degli Uffici di Piano: tematiche di natura socio-sanitaria.',
    public: false,
  },
  {
    code: 'cabina-regia-territoriale',
    name: 'Cabina di regia territoriale Melegnano e Martesana',
    type: 'cabina-regia',
    description:
      'ATS, ASST Melegnano e Martesana e i 7 responsabili degli Uffici di Piano della zona: approfondimento locale dei temi della cabina di regia.',
    public: false,
  },
  {
    code: 'comitato-promotore',
    name: 'Comitato Promotore',
    type: 'comitato',
    description:
      'Tavolo di raccordo stabile con il Terzo Settore (nato dagli Stati generali della comunità generativa), con i referenti di ATS.',
    public: false,
  },
];
