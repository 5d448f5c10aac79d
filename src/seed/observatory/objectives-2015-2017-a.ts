import type { SeedObjective } from './types';

const P = { periodFrom: 2015, periodTo: 2017 } as const;

/** Section 1 of the programming document: segretariato sociale and the area minori e famiglie. */
export const objectives2015a: SeedObjective[] = [
  {
    ...P,
    code: 'pdz-2015-segretariato-sociale',
    area: 'azioni-trasversali',
    name: 'Segretariato sociale: informare, fornire consulenza e aiuto, costituire un osservatorio sulla situazione territoriale, promuovere cittadinanza attiva',
    summary:
      'Fornire consulenza e supporto attraverso la decodifica della domanda; sensibilizzare la cittadinanza ai propri diritti e attivare un contatto tra il cittadino e il servizio; elaborare i dati raccolti dal segretariato per programmare servizi e interventi; costruire momenti e azioni di cittadinanza attiva.',
    type: 'strategico',
    needs:
      'Uniformare la modalità di accesso dei cittadini ai servizi alla persona; informare i cittadini in relazione ai propri diritti; costruire un sistema distrettuale di analisi della domanda; costruire un osservatorio dei bisogni della cittadinanza per realizzare programmazioni coerenti; promuovere cittadinanza attiva e solidarietà orizzontale.',
    target: 'Tutta la cittadinanza.',
    interventions:
      'Costruzione del capitolato di appalto/personale UdP-comuni; valutazione dei progetti pervenuti/personale UdP-comuni; tavolo di governance Gruppo di Programmazione Strategica/personale UdP-referenti comuni-referenti enti gestori; corso di formazione/personale UdP-operatori sociali dei comuni-personale enti gestori; percorso di coaching al ruolo/operatori segretariato sociale-formatore ente gestore.',
    financialResources: 'Fondi in capo ai comuni; FNPS; Fondo ministeriale PON Inclusione.',
    professionalResources:
      'Personale UdP; Tavolo tecnico distrettuale; assistenti sociali comunali; operatori enti gestori del terzo settore; formatori accreditati; associazioni ed enti del territorio; servizi socio-sanitari territoriali.',
    tools:
      'Incontri di progettazione UdP-comuni; appalto pubblico; incontri di monitoraggio UdP/enti gestori; percorso di formazione; percorso di coaching al ruolo; équipe distrettuali; micro équipe comunali.',
    outcomeNotes:
      "L'accompagnamento delle persone al servizio appropriato ha garantito un accesso più facile e veloce al servizio sociale professionale. Il tavolo di raccordo enti gestori/UdP/comuni ha permesso la creazione di uno spazio di riflessione e monitoraggio che facilita la costruzione di un modello uniforme di intervento.",
    timing:
      'Aprile 2016/aprile 2017: costruzione capitolato d’appalto. Giugno 2017: valutazione progetti. Luglio 2017/dicembre 2017: avvio del servizio.',
    services: ['segretariato-sociale'],
    indicators: [
      {
        code: 'pdz15-segretariato-persone-ricevute',
        name: 'Persone ricevute dal segretariato sociale',
        unit: 'persone',
        values: [{ year: 2017, value: 357, note: 'al 31/12/2017' }],
      },
      {
        code: 'pdz15-segretariato-prese-in-carico-leggere',
        name: 'Persone con presa in carico leggera (3/4 colloqui)',
        unit: 'persone',
        values: [{ year: 2017, value: 133 }],
      },
      {
        code: 'pdz15-segretariato-invii-ssp',
        name: 'Invii al Servizio sociale professionale',
        unit: 'invii',
        values: [{ year: 2017, value: 26, note: 'pari al 13%' }],
      },
      {
        code: 'pdz15-segretariato-formazione',
        name: 'Percorso di formazione: incontri',
        unit: 'incontri',
        values: [{ year: 2017, value: 4, note: '20 operatori' }],
      },
      {
        code: 'pdz15-segretariato-coaching',
        name: 'Percorso di coaching: incontri',
        unit: 'incontri',
        values: [{ year: 2017, value: 4, note: '4 operatori del segretariato sociale' }],
      },
      {
        code: 'pdz15-segretariato-gps',
        name: 'Gruppo di programmazione strategica: incontri',
        unit: 'incontri',
        values: [{ year: 2017, value: 4 }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-servizio-famiglia-minori',
    area: 'minori-famiglie',
    name: 'Servizio integrato famiglia e minori: avvio e sperimentazione del modello operativo',
    summary:
      'Costruzione di modalità di lavoro condivise tra i comuni e di connessioni tra il SFM e gli altri servizi sociali comunali; costruzione di un modello di lavoro integrato con équipe multidisciplinari nei comuni; tavoli di lavoro per il miglioramento; comunicazione all’esterno dei cambiamenti in atto.',
    type: 'strategico',
    needs:
      'Uniformare le modalità di presa in carico delle famiglie fragili a livello distrettuale; implementare le équipe con personale specializzato; migliorare la qualità della risposta dei servizi al disagio familiare; sostenere le risorse degli operatori; coinvolgere tutte le agenzie territoriali; sostenere reti solidaristiche; ottimizzare le risorse e contenere gli sprechi.',
    target: 'Famiglie con figli minori residenti nel distretto.',
    interventions:
      'Costruzione del capitolato di appalto/personale UdP-comuni; valutazione dei progetti pervenuti; tavolo di governance Gruppo di Programmazione Strategica/personale UdP-referenti comuni-referenti enti gestori; corsi di formazione/personale UdP-operatori sociali dei comuni-personale enti gestori.',
    financialResources: 'Fondi in capo ai Comuni; FNPS; Fondo ministeriale progetto PIPPI.',
    professionalResources: 'Personale UdP; Tavolo tecnico distrettuale; assistenti sociali comunali; operatori enti gestori.',
    tools:
      'Incontri di progettazione UdP-comuni; appalto pubblico; incontri di monitoraggio UdP/enti gestori; percorso di formazione; incontri distrettuali su specifiche tematiche; supervisione operatori; Gruppo di programmazione strategica (GPS); macroéquipe distrettuali; microéquipe comunali multiprofessionali; relazioni di servizio; cartella sociale informatizzata per la gestione dei casi territoriale (zona 1: Bussero, Carugate, Cernusco; zona 2: altri comuni).',
    outcomeNotes:
      'Costruzione delle équipe multidisciplinari e insediamento nei diversi comuni, con la presenza degli educatori; avvio delle équipe integrate; costruzione di una griglia di analisi delle modalità di presa in carico e riflessione sugli esiti.',
    timing:
      'Aprile 2016/aprile 2017: costruzione capitolato d’appalto. Giugno 2017: valutazione progetti. Luglio 2017/dicembre 2017: avvio del servizio.',
    services: ['servizio-integrato-minori-famiglia'],
    indicators: [
      {
        code: 'pdz15-sfm-gps',
        name: 'Gruppo di programmazione strategica: incontri',
        unit: 'incontri',
        values: [{ year: 2017, value: 4 }],
      },
      {
        code: 'pdz15-sfm-supervisione',
        name: 'Supervisione operatori: incontri per area',
        unit: 'incontri',
        values: [{ year: 2017, value: 3, note: 'per ogni area' }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-spazio-incontri',
    area: 'minori-famiglie',
    name: 'Servizio distrettuale Spazio incontri (servizio per il diritto di visita)',
    type: 'strategico',
    needs:
      'Servizio distrettuale che garantisce il diritto di visita dei minori con il/i genitore/i non conviventi a seguito di richiesta dell’AG o del servizio sociale comunale, accessibile a tutti i comuni; costruire una modalità di intervento uniforme e in linea con gli obiettivi del Servizio Famiglia e minori.',
    target:
      'Famiglie con figli minori sottoposti a provvedimento dell’AG o per le quali il servizio sociale valuta opportuno l’accompagnamento educativo alla relazione tra minore e genitore non collocatario.',
    interventions:
      'Incontri di rete/operatori servizio famiglie e minori-personale dell’ente gestore; visite protette/genitori-operatori enti gestori.',
    financialResources: 'Fondi in capo ai Comuni; FNPS.',
    professionalResources: 'Personale UdP; Tavolo tecnico distrettuale; assistenti sociali comunali; operatori enti gestori.',
    tools:
      'Incontri di progettazione UdP-comuni; appalto pubblico; incontri di monitoraggio; formazione; supervisione; GPS; macroéquipe distrettuali; microéquipe comunali multiprofessionali.',
    outcomeNotes: 'Costituzione di micro équipe sui casi; avvio degli interventi in relazione alla casistica.',
    timing: 'Aprile 2016/aprile 2017: capitolato. Giugno 2017: valutazione progetti. Luglio-dicembre 2017: avvio del servizio.',
    services: ['spazio-incontri'],
    indicators: [
      {
        code: 'pdz15-spazio-incontri-gps',
        name: 'Gruppo di programmazione strategica: incontri',
        unit: 'incontri',
        values: [{ year: 2017, value: 4 }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-sostegno-governance',
    area: 'minori-famiglie',
    name: 'Funzione di sostegno alla governance',
    type: 'strategico',
    needs:
      'Ampliare l’investimento di risorse professionali in capo alla governance di distretto per presidiare e sviluppare le progettazioni in essere e future a livello distrettuale.',
    target:
      'Comuni del distretto; servizi distrettuali; progettazione strategica e specifica in relazione agli indirizzi del Piano di zona.',
    interventions: 'Progettazione e realizzazione/personale UdP-personale dei comuni-operatore ente gestore.',
    financialResources: 'Fondi in capo ai Comuni; FNPS.',
    professionalResources: 'Personale UdP; Tavolo tecnico distrettuale; operatore ente gestore.',
    tools:
      'Incontri di progettazione UdP-comuni; appalto pubblico; incontri di monitoraggio UdP/enti gestori; GPS; relazioni di servizio.',
    outcomeNotes: 'Insediamento della funzione; realizzazione di obiettivi e compiti come da capitolato e contratto.',
    timing: 'Settembre 2017/dicembre 2017: avvio del servizio.',
    services: ['sostegno-governance-distrettuale'],
  },
  {
    ...P,
    code: 'pdz-2015-pippi',
    area: 'minori-famiglie',
    name: 'Programma ministeriale P.I.P.P.I.: avvio e realizzazione degli interventi come da linee operative del programma',
    type: 'strategico',
    needs:
      'Sperimentare la modalità operativa di accompagnamento delle famiglie e dei minori in situazioni di vulnerabilità; facilitare l’uniformità di approccio alle famiglie vulnerabili; uniformare le modalità di analisi delle situazioni in carico.',
    target: 'Famiglie con figli minori di età inferiore ai 12 anni.',
    interventions:
      'Rapporti con Regione/referente UdP; interventi come da programma/operatori sociali comunali e degli enti gestori-famiglie individuate; gruppi territoriali/terzo settore, scuole e servizi socio-sanitari.',
    financialResources: 'FNPS; Fondo regionale; fondi comunali.',
    professionalResources:
      'Personale UdP; operatori comunali; personale enti gestori servizi di tutela; enti del terzo settore, istituzioni scolastiche e servizi socio-sanitari.',
    tools:
      'Incontri con Regione; corsi di formazione presso l’Università di Padova; incontri tra referenti delle aree territoriali; strumenti tecnologici per la rendicontazione.',
    outcomeNotes:
      'La sperimentazione ha coinvolto inizialmente 4 comuni; il lavoro del triennio ha portato nel 2018 all’adesione di 8 comuni su 9. Per l’edizione avanzata il target sale a 20 nuclei, con un progetto sperimentale costruito con l’Università di Padova (LabT).',
    timing: '2016/2017 (edizioni 5 e 6); 2018: impostazione del livello avanzato.',
    services: ['pippi'],
    indicators: [
      {
        code: 'pdz15-pippi-famiglie',
        name: 'Famiglie vulnerabili coinvolte per edizione',
        unit: 'famiglie',
        values: [
          { year: 2016, value: 10, note: 'edizione 5' },
          { year: 2017, value: 10, note: 'edizione 6' },
        ],
      },
      {
        code: 'pdz15-pippi-comuni',
        name: 'Comuni aderenti al programma',
        unit: 'comuni',
        values: [
          { year: 2015, value: 4, note: 'avvio della sperimentazione' },
          { year: 2018, value: 8, note: 'su 9' },
        ],
      },
    ],
  },
];
