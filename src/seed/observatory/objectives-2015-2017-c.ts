import type { SeedObjective } from './types';

const P = { periodFrom: 2015, periodTo: 2017 } as const;
const yearly = (values: [number, number, string?][]) =>
  values.map(([year, value, note]) => ({ year, value, ...(note ? { note } : {}) }));

/** Section 1: lavoro, occupazione e politiche abitative; richiedenti asilo e migrazione. */
export const objectives2015c: SeedObjective[] = [
  {
    ...P,
    code: 'pdz-2015-sail',
    area: 'lavoro-politiche-abitative',
    name: 'Gestione associata delle azioni di supporto alla fragilità in relazione al lavoro (SAIL)',
    type: 'specifico',
    needs:
      'Avvio della gestione associata del servizio di accompagnamento e inserimento lavorativo, per uniformare l’offerta e la presa in carico dei cittadini fragili dei 9 comuni e ricomprendere più funzioni (ricerca attiva del lavoro, orientamento, inserimento protetto, accompagnamento al mantenimento dell’occupazione).',
    financialResources: 'FNPS (€ 270.000/anno); bilanci comunali per le quote di erogazione delle borse lavoro.',
    professionalResources:
      'Équipe dell’ente gestore; personale UdP; servizio sociale professionale; personale servizi specialistici; tutor aziendali.',
    tools: 'Gara d’appalto; incontri e report di monitoraggio UdP/ente gestore/comuni.',
    outcomeNotes:
      'L’andamento mostra il raggiungimento degli obiettivi: il rapporto tra postazioni e persone in carico conferma l’opportunità dell’investimento; diminuisce la quota di persone con problematiche specifiche e aumentano le persone uscite dai circuiti lavorativi per chiusura o ridimensionamento delle aziende. Disabili – 2015: 6 tirocini e 1 assunzione, 2 doti con assunzione; 2016: 6 tirocini, 14 doti, 4 assunzioni; 2017: 31 doti.',
    timing: 'Giugno 2015 – giugno 2018 (appalto in scadenza a giugno 2018).',
    services: ['sail'],
    indicators: [
      {
        code: 'pdz15-sail-postazioni',
        name: 'Postazioni',
        unit: 'postazioni',
        values: yearly([
          [2015, 104],
          [2016, 104],
          [2017, 104],
        ]),
      },
      {
        code: 'pdz15-sail-in-carico',
        name: 'Persone in carico',
        unit: 'persone',
        values: yearly([
          [2015, 124, 'nuove 79'],
          [2016, 139, 'nuove 42'],
          [2017, 135, 'nuove 51'],
        ]),
      },
      {
        code: 'pdz15-sail-assunzioni',
        name: 'Assunzioni',
        unit: 'assunzioni',
        values: yearly([
          [2015, 24],
          [2016, 36],
          [2017, 31],
        ]),
      },
      {
        code: 'pdz15-sail-tirocini',
        name: 'Tirocini',
        unit: 'tirocini',
        values: yearly([
          [2015, 108, '89 persone'],
          [2016, 153, '117 persone'],
          [2017, 100, '80 persone'],
        ]),
      },
      {
        code: 'pdz15-sail-rapporto',
        name: 'Rapporto',
        unit: '%',
        values: yearly([
          [2015, 24],
          [2016, 31],
          [2017, 39],
        ]),
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-rilancio-produttivo',
    area: 'lavoro-politiche-abitative',
    name: 'Implementazione della rete per lo sviluppo e il rilancio produttivo del territorio',
    type: 'strategico',
    needs: 'Prosecuzione delle azioni previste dal protocollo interdistrettuale.',
    professionalResources: 'Assessori comunali e specialisti incaricati.',
    tools: 'Protocolli operativi sottoscritti da diversi comuni dell’Asse Adda Martesana.',
    outcomeNotes:
      'Andamento altalenante: battute d’arresto per i cambiamenti amministrativi dopo le elezioni; gli impegni su lavoro e innovazione vanno riattivati con una nuova regia e uno staff di segreteria.',
    timing: 'Altalenante.',
  },
  {
    ...P,
    code: 'pdz-2015-housing',
    area: 'lavoro-politiche-abitative',
    name: 'Housing e sostegno all’abitare',
    type: 'specifico',
    needs:
      'Politiche abitative supportate dal progetto finanziato da Fondazione Cariplo (2015/2016), proseguito con investimenti comunali e regionali: ampliare la rete di risorse abitative per le famiglie in grave crisi socio-economica, con percorsi di supporto educativo all’autonomia; individuare nuove unità dal patrimonio ERP.',
    financialResources:
      'Contributo Fondazione Cariplo € 137.000; fondi regionali distrettuali € 127.000; fondi regionali gestiti dai singoli comuni; fondi comunali per i percorsi di accompagnamento all’autonomia abitativa (presidio sociale).',
    professionalResources:
      'Personale dei servizi sociali e degli uffici casa comunali; terzo settore specializzato incaricato; Regione Lombardia per quanto di competenza.',
    tools:
      'Housing distrettuale; nuovi alloggi reperiti; percorsi di accompagnamento all’autonomia abitativa; contributi per debiti di locazione e nuove locazioni.',
    outcomeNotes:
      'L’alleanza pubblico/privato ha permesso il reperimento di 4 nuovi alloggi oltre ai 6 previsti nel progetto, di cui 1 messo a disposizione da un privato cittadino.',
    timing: 'Per tutto il triennio.',
    services: ['rete-housing-distrettuale'],
    indicators: [
      {
        code: 'pdz15-housing-alloggi',
        name: 'Nuovi alloggi reperiti oltre ai 6 previsti',
        unit: 'alloggi',
        values: [{ year: 2017, value: 4 }],
      },
      {
        code: 'pdz15-housing-persone',
        name: 'Persone inserite',
        unit: 'persone',
        values: [{ year: 2017, value: 55, note: 'di cui 25 minori' }],
      },
      {
        code: 'pdz15-housing-permanenza',
        name: 'Periodo medio di inserimento',
        unit: 'mesi',
        values: [{ year: 2017, value: 24 }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-condominio-solidale',
    area: 'lavoro-politiche-abitative',
    name: 'Condominio solidale',
    type: 'specifico',
    needs:
      'Percorso sperimentale di co-progettazione pubblico-privato sociale (2016) per la gestione di una palazzina di nuova costruzione di 16 appartamenti: alloggi per l’autonomia mamma-bambino; percorsi di housing; percorsi di autonomia per persone con disabilità; sostegno diurno a minori fragili con la rete di famiglie accoglienti.',
    financialResources:
      'Bilancio del comune di Cernusco sul Naviglio: € 80.000 per lo start up; comodato gratuito della palazzina; bilanci comunali per le rette; fondi del terzo settore per l’avvio.',
    professionalResources:
      'Personale del terzo settore concessionario; famiglie della rete di accoglienza solidale; personale comunale e servizio minori e famiglia distrettuale.',
    tools:
      'Procedura aperta di co-progettazione; convenzione tra amministrazione comunale e ATI del terzo settore; protocolli di inserimento; PEI sui singoli casi.',
    outcomeNotes:
      'Procedura di co-progettazione conclusa con esito positivo; condominio arredato ed équipe educative insediate; prime accoglienze da luglio 2018.',
    timing: '2016/2018.',
    services: ['condominio-solidale'],
    indicators: [
      {
        code: 'pdz15-condominio-appartamenti',
        name: 'Appartamenti della palazzina',
        unit: 'appartamenti',
        values: [{ year: 2016, value: 16 }],
      },
      {
        code: 'pdz15-condominio-coprogettazione',
        name: 'Durata della co-progettazione',
        unit: 'mesi',
        values: [{ year: 2017, value: 11 }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-mediazione',
    area: 'richiedenti-asilo-migrazione',
    name: 'Servizio di mediazione linguistico-culturale e facilitazione linguistica (scuole e servizi)',
    type: 'specifico',
    needs:
      'Consolidamento del servizio e costruzione di un modello efficace: accesso facilitato alla scuola per gli alunni neo arrivati e le loro famiglie, apprendimento rapido dell’italiano, relazione con la famiglia; accesso agile per scuole e servizi sociali.',
    target: 'Minori e famiglie straniere, insegnanti, operatori sociali.',
    interventions:
      'Mediazione linguistica/operatori ente gestore-minori e famiglie-insegnanti-operatori sociali; facilitazione linguistica/operatori ente gestore-minori e famiglie-insegnanti; corsi di formazione/operatori ente gestore-insegnanti.',
    financialResources: 'Risorse distrettuali: € 20.000/anno.',
    tools: 'Gara d’appalto; accordi con le scuole; documentazione a supporto dell’integrazione scolastica.',
    outcomeNotes:
      'Anni scolastici indicati con l’anno di inizio. Per il prossimo triennio: stessa convenzione il primo anno, poi nuova procedura di gara.',
    timing: 'Settembre 2015/giugno 2018.',
    services: ['mediazione-linguistico-culturale'],
    indicators: [
      {
        code: 'pdz15-mediazione-ore',
        name: 'Ore di mediazione',
        unit: 'ore',
        values: yearly([
          [2015, 200, 'a.s. 2015/2016'],
          [2016, 146, 'a.s. 2016/2017'],
          [2017, 146, 'a.s. 2017/2018'],
        ]),
      },
      {
        code: 'pdz15-mediazione-pacchetti',
        name: '“Pacchetti di accoglienza”',
        unit: 'pacchetti',
        values: yearly([
          [2015, 170],
          [2016, 119],
          [2017, 105],
        ]),
      },
      {
        code: 'pdz15-mediazione-colloqui',
        name: 'Ore di colloqui con i genitori',
        unit: 'ore',
        values: yearly([
          [2015, 30],
          [2016, 27],
          [2017, 31],
        ]),
      },
      {
        code: 'pdz15-facilitazione-ore',
        name: 'Ore di facilitazione',
        unit: 'ore',
        values: yearly([
          [2015, 400],
          [2016, 447],
          [2017, 447],
        ]),
      },
      {
        code: 'pdz15-facilitazione-laboratori',
        name: 'Laboratori di facilitazione linguistica L2',
        unit: 'laboratori',
        values: yearly([
          [2015, 10],
          [2016, 14],
          [2017, 7],
        ]),
      },
      {
        code: 'pdz15-mediazione-formazione',
        name: 'Giornate di formazione per insegnanti e operatori',
        unit: 'giornate',
        values: yearly([[2015, 3]]),
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-accoglienza-rifugiati',
    area: 'richiedenti-asilo-migrazione',
    name: 'Rete accoglienze rifugiati o richiedenti asilo',
    type: 'strategico',
    needs:
      'Sviluppo di servizi di prima e seconda accoglienza (CAS e SPRAR) in accordo con Prefettura e Ministero; coordinamento tecnico-politico interdistrettuale (Asse Adda Martesana) per omogeneizzare le politiche di accoglienza e dare al privato sociale linee di intervento univoche.',
    financialResources:
      'Risorse ministeriali e del terzo settore (circa € 460.000 per un triennio di attività); risorse umane e progettuali dei comuni.',
    tools:
      'Protocollo operativo tra Comuni e Prefettura; tavolo tecnico-politico per le accoglienze; bando di sub-accreditamento di soggetti del terzo settore.',
    outcomeNotes:
      'Protocollo con la Prefettura sottoscritto dal 70% dei comuni interessati; un bando di accreditamento redatto ma non pubblicato.',
    timing: 'Anno 2017.',
    services: ['sprar'],
    indicators: [
      {
        code: 'pdz15-asilo-incontri',
        name: 'Incontri di coordinamento tecnico-politico',
        unit: 'incontri',
        values: [{ year: 2017, value: 12, note: 'di cui almeno 4 con il Terzo settore' }],
      },
      {
        code: 'pdz15-asilo-protocollo',
        name: 'Comuni interessati che hanno sottoscritto il protocollo',
        unit: '%',
        values: [{ year: 2017, value: 70 }],
      },
    ],
  },
];
