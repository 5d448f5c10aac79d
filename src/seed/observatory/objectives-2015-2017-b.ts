import type { SeedObjective } from './types';

const P = { periodFrom: 2015, periodTo: 2017 } as const;

/** Section 1: disabilità, anziani e non autosufficienza. */
export const objectives2015b: SeedObjective[] = [
  {
    ...P,
    code: 'pdz-2015-rete-disabilita',
    area: 'disabilita',
    name: 'Azioni a sostegno della rete territoriale disabilità',
    type: 'strategico',
    needs:
      'Verificare l’allineamento dei bisogni con servizi e modelli di intervento forniti; implementazione dei servizi esistenti; sviluppo di nuove progettazioni in linea con i bisogni emergenti dai cittadini e dal terzo settore.',
    interventions:
      'Tavolo di raccordo interistituzionale (Macramè); incontri ad hoc su nuove progettazioni; bandi distrettuali ex DGR 6674/2017.',
    financialResources:
      'FSR; bilanci comunali; compartecipazione utenza; risorse economiche in capo al terzo settore; risorse L. 112/2016 – DGR 6674/2017.',
    professionalResources:
      'Personale dell’UdP; assistenti sociali comunali; personale amministrativo dell’UdP e dei comuni; assistenti sociali del segretariato sociale; personale del terzo settore; personale ASST.',
    tools:
      'Regolamento distrettuale sulla compartecipazione alla spesa; tavolo di raccordo interistituzionale; incontri ad hoc; bandi distrettuali.',
    outcomeNotes:
      'Realizzazione di 2 appartamenti per disabili gravi all’interno del Condominio Solidale; nuove unità di offerta sperimentali per l’autonomia e riconversione di strutture esistenti. Domande voucher: 2 non accolte perché improprie, 4 ritirate, 9 non finanziate per esaurimento fondi (fondi 2016).',
    timing: 'Per tutta la durata del triennio; dal mese di ottobre 2017.',
    services: ['albo-fornitori-servizi-diurni-disabilita'],
    indicators: [
      {
        code: 'pdz15-disabilita-incontri',
        name: 'Incontri del tavolo svolti nel triennio',
        unit: 'incontri',
        values: [{ year: 2017, value: 12, note: 'nel triennio' }],
      },
      {
        code: 'pdz15-disabilita-domande',
        name: 'Domande di voucher ex DGR 6674/2017 presentate',
        unit: 'domande',
        values: [{ year: 2016, value: 56 }],
      },
      {
        code: 'pdz15-disabilita-finanziate',
        name: 'Domande di voucher finanziate',
        unit: 'domande',
        values: [{ year: 2016, value: 41 }],
      },
      {
        code: 'pdz15-disabilita-voucher',
        name: 'Voucher erogati (disponibilità attribuita da Regione Lombardia)',
        unit: '€',
        values: [
          { year: 2016, value: 179400, note: 'circa' },
          { year: 2017, value: 75000, note: 'circa' },
        ],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-assistenza-educativa-scolastica',
    area: 'disabilita',
    name: 'Servizio di assistenza educativa scolastica in favore di alunni disabili',
    type: 'specifico',
    needs:
      'Attivazione a livello distrettuale di un servizio unitario per l’assistenza scolastica di alunni disabili, attraverso accordi tra le scuole, i comuni e i soggetti gestori.',
    financialResources: 'Bilanci comunali; fondi Città Metropolitana e Regione; fondi istituzioni scolastiche.',
    professionalResources: 'Servizi sociali professionali; personale UdP; personale enti terzo settore.',
    tools: 'Convenzioni con soggetti gestori; accordi con le scuole; accordi operativi tra enti.',
    outcomeNotes:
      'È stata mantenuta una risposta di natura comunale; il distretto ha garantito un raccordo tra i comuni in un triennio di forti cambiamenti di competenze (disabilità sensoriale, studenti disabili delle scuole secondarie di 2° grado).',
    timing: 'Per tutta la durata del triennio.',
  },
  {
    ...P,
    code: 'pdz-2015-puad',
    area: 'disabilita',
    name: 'Attivazione di adeguati modelli di presa in carico di minori disabili e famiglie',
    type: 'specifico',
    needs: 'Attivazione a livello distrettuale del Punto Unico di Accesso Disabilità (PUAD).',
    financialResources: 'Risorse comunali (solo Cernusco sul Naviglio).',
    professionalResources: 'Personale comunale e personale incaricato con appalto dal terzo settore.',
    tools: 'Gara d’appalto (stessa gara del servizio minori e famiglia); definizione del progetto di vita dei minori in carico.',
    outcomeNotes:
      'Obiettivo raggiunto soltanto in parte: gli avvisi ex DGR 6475 hanno permesso progettazioni omogenee sul distretto e il confronto con tutta la rete; trampolino per il PUAD su tutti i comuni nel prossimo triennio.',
    timing: 'Per tutta la durata del triennio.',
  },
  {
    ...P,
    code: 'pdz-2015-domiciliarita',
    area: 'anziani-non-autosufficienza',
    name: 'Ridefinizione del sistema di offerta dei servizi di prossimità e domiciliarità',
    type: 'strategico',
    needs:
      'Costruzione di un servizio distrettuale per l’erogazione di prestazioni al domicilio per anziani e disabili. L’appalto in scadenza a settembre 2017 è stato seguito da una procedura di accreditamento.',
    financialResources: 'Bilanci comunali; fondi per la non autosufficienza; compartecipazione utenza; fondi socio-sanitari.',
    professionalResources: 'Personale UdP; servizio sociale professionale; personale enti erogatori.',
    tools:
      'Accreditamento ditte per le prestazioni al domicilio; documentazione distrettuale; tavolo permanente di raccordo e di monitoraggio con le ditte erogatrici.',
    outcomeNotes:
      'Apertura di un centro diurno integrato (CDI) a Cernusco sul Naviglio e di nuove unità di offerta (C.A.S.A., DGR 7776/2018). I bandi della misura B2 sono stati regolarmente attivati e tutto il budget regionale è stato erogato nel triennio.',
    timing: 'Per tutta la durata del triennio.',
    services: ['sad-sadh-adh'],
    indicators: [
      {
        code: 'pdz15-sad-ditte',
        name: 'Ditte accreditate per l’assistenza domiciliare',
        unit: 'ditte',
        values: [{ year: 2017, value: 9, note: '7 nella prima applicazione' }],
      },
    ],
  },
  {
    ...P,
    code: 'pdz-2015-trasporti-sociali',
    area: 'anziani-non-autosufficienza',
    name: 'Sistema di accreditamento del servizio trasporti sociali',
    type: 'strategico',
    needs:
      'Costruzione di una rete di accreditati per la gestione della complessa e diversificata rete dei trasporti sociali, con la prospettiva di economie di scala nella gestione delle tratte e dell’utenza.',
    financialResources: 'Bilanci comunali, circa € 450.000/anno.',
    professionalResources: 'Personale UdP; servizio sociale professionale; personale enti erogatori.',
    tools:
      'Accreditamento ditte per il trasporto protetto; documentazione di gara distrettuale; tavolo permanente di raccordo con le ditte e di monitoraggio della voucherizzazione.',
    outcomeNotes:
      'Il servizio distrettuale è stato realizzato come stabilito; ogni comune ha attivato la voucherizzazione dei trasporti, con programmi personalizzati o di gruppo (strutture diurne per disabili).',
    timing: 'Il servizio è stato realizzato per tutto il triennio (introdotto nel 2016).',
    services: ['trasporto-sociale'],
    indicators: [
      {
        code: 'pdz15-trasporti-ditte',
        name: 'Ditte accreditate per il trasporto sociale',
        unit: 'ditte',
        values: [
          { year: 2016, value: 4 },
          { year: 2017, value: 4 },
        ],
      },
    ],
  },
];
