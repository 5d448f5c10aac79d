import type { AnswerFilter, SubmissionMeasure } from '../../plugins/observatory/shared/computation';
import type { SeedObjective } from './types';

/** Section 5: macro-objectives started in 2020 and carried into 2021-2023. */
const P5 = {
  periodFrom: 2020,
  periodTo: 2023,
  type: 'specifico' as const,
  timing: 'Avvio nel 2020, prosecuzione e implementazione nella programmazione 2021/2023.',
};
/** Section 6: the three strategic objectives of 2020 (regional reward criterion, art. 5 c. 4). */
const P6 = {
  periodFrom: 2020,
  periodTo: 2020,
  type: 'strategico' as const,
  timing: 'Anno 2020, secondo i format progettuali di Regione Lombardia.',
};

const intakes = (answers: AnswerFilter[] = []): SubmissionMeasure => ({
  source: 'submissions',
  aggregate: 'count',
  form: 'segretariato-intake',
  dateField: 'accessDate',
  ...(answers.length > 0 ? { answers } : {}),
});

export const objectives2020: SeedObjective[] = [
  {
    ...P5,
    code: 'pdz-2020-segretariato-sociale',
    area: 'azioni-trasversali',
    name: 'Implementazione e sviluppo del servizio di segretariato sociale',
    summary: 'Macro-obiettivo comune alle tre aree (contrasto alla povertà, benessere familiare, autonomie).',
    needs:
      'Perfezionare gli snodi di connessione tra segretariato sociale e servizio sociale professionale; garantire il monitoraggio distrettuale in stretto raccordo con i responsabili comunali; potenziare il coordinamento tra gli assistenti sociali che svolgono la funzione nei diversi comuni.',
    services: ['segretariato-sociale'],
    indicators: [
      {
        code: 'segretariato-persone-ricevute',
        name: 'Persone ricevute dal segretariato sociale',
        unit: 'persone',
        description: 'Schede di accesso del segretariato compilate nell’anno.',
        computation: intakes(),
      },
      {
        code: 'segretariato-prese-in-carico-leggere',
        name: 'Prese in carico leggere',
        unit: 'persone',
        computation: intakes([{ field: 'outcome', op: 'eq', value: 'presa-in-carico-leggera' }]),
      },
      {
        code: 'segretariato-quota-invii-ssp',
        name: 'Quota di accessi inviati al servizio sociale professionale',
        unit: '%',
        computation: {
          source: 'ratio',
          numerator: intakes([
            { field: 'outcome', op: 'eq', value: 'invio' },
            { field: 'referralTarget', op: 'eq', value: 'servizio-sociale-professionale' },
          ]),
          denominator: intakes(),
        },
      },
    ],
  },
  {
    ...P5,
    code: 'pdz-2020-piano-poverta',
    area: 'contrasto-poverta',
    name: 'Costruzione ed attuazione del piano locale di contrasto alla povertà',
    needs:
      'Gestione dei percorsi Reddito di Cittadinanza (Patto per l’inclusione sociale, Progetti utili alla collettività); nuovo assetto di presa in carico territoriale con metodologia condivisa; percorsi di inclusione sociale e lavorativa con i PUC; servizio di educazione finanziaria; gruppi famiglie 0-3 anni per i nuclei RDC con minori entro i mille giorni; potenziamento della mediazione linguistico-culturale.',
    services: ['mediazione-linguistico-culturale'],
  },
  {
    ...P5,
    code: 'pdz-2020-housing-distrettuale',
    area: 'contrasto-poverta',
    name: 'Implementazione dell’housing distrettuale',
    needs:
      'Linee d’intervento e di accesso distrettuali alla rete e ai finanziamenti dedicati; potenziamento della rete degli alloggi anche con il nuovo piano regionale per la casa; maggiore investimento sulle reti territoriali e sulla presa in carico educativa nella fase di autonomizzazione.',
    services: ['rete-housing-distrettuale'],
  },
  {
    ...P5,
    code: 'pdz-2020-piano-casa',
    area: 'contrasto-poverta',
    name: 'Gestione piano triennale casa',
    needs:
      'Gestione e programmazione delle politiche abitative con la centralizzazione dei processi; accordi con terzo e quarto settore per affiancare i cittadini nell’accesso al nuovo sistema dei servizi abitativi.',
    services: ['servizi-abitativi-pubblici-lr16'],
  },
  {
    ...P5,
    code: 'pdz-2020-inserimenti-lavorativi',
    area: 'contrasto-poverta',
    name: 'Mantenimento ed implementazione del servizio inserimenti lavorativi',
    needs:
      'Prosecuzione della gestione coordinata dall’ambito del servizio di accompagnamento all’autonomia lavorativa delle persone fragili, mantenendo l’attuale governance; implementazione delle postazioni per l’affiancamento educativo.',
    services: ['sail'],
    indicators: [
      {
        code: 'sail-invii',
        name: 'Persone inviate al SAIL',
        unit: 'persone',
        computation: { source: 'submissions', aggregate: 'count', form: 'sail-enrolment', dateField: 'referralDate' },
      },
    ],
  },
  {
    ...P5,
    code: 'pdz-2020-servizio-famiglia-minori',
    area: 'benessere-familiare',
    name: 'Implementazione e sviluppo del servizio integrato famiglia e minori',
    needs:
      'Implementazione e potenziamento dell’integrazione del servizio istituzionale con le reti locali e con altri servizi e interventi istituzionali e non.',
    services: ['servizio-integrato-minori-famiglia'],
    indicators: [
      {
        code: 'gps-famiglia-minori-incontri',
        name: 'Incontri del GPS Servizio integrato famiglia e minori',
        unit: 'incontri',
        computation: { source: 'meetings', aggregate: 'count', body: 'gps-famiglia-minori' },
      },
    ],
  },
  {
    ...P5,
    code: 'pdz-2020-rete-antiviolenza',
    area: 'benessere-familiare',
    name: 'Implementazione e sviluppo delle attività della rete antiviolenza sovradistrettuale',
    needs:
      'Informazione e pubblicizzazione delle azioni della rete; promozione di una cultura di contrasto alla violenza di genere; fundraising per il centro antiviolenza.',
    services: ['rete-antiviolenza-viola'],
  },
  {
    ...P5,
    code: 'pdz-2020-sportello-donna',
    area: 'benessere-familiare',
    name: 'Sportello donna distrettuale',
    needs:
      'Valutare l’apertura di un servizio distrettuale di ascolto e sostegno dedicato alle donne, con due sportelli di ascolto, sostegno psicologico e orientamento legale.',
  },
  {
    ...P5,
    code: 'pdz-2020-reti-accoglienza',
    area: 'benessere-familiare',
    name: 'Reti di accoglienza e sostegno familiare',
    needs:
      'Sviluppo del Coordinamento reti affido per costituire gruppi locali di famiglie e persone disponibili a sostenere famiglie e minori in difficoltà.',
    services: ['coordinamento-reti-famiglie-solidali'],
  },
  {
    ...P5,
    code: 'pdz-2020-modello-disabilita',
    area: 'promozione-autonomie',
    name: 'Costruzione di un modello unico di intervento sulla disabilità',
    needs:
      'Modello unitario di presa in carico globale delle persone con disabilità e di definizione del progetto di vita; potenziamento della regia della rete dei servizi e dei progetti distrettuali.',
    services: ['albo-fornitori-servizi-diurni-disabilita'],
  },
  {
    ...P5,
    code: 'pdz-2020-domiciliarita',
    area: 'promozione-autonomie',
    name: 'Interventi per la domiciliarità',
    needs:
      'Ampliare l’accreditamento a forme differenti di interventi domiciliari e territoriali; albo distrettuale degli assistenti familiari; équipe dedicata alla non autosufficienza (assistente sociale, MMG, specialista, coordinatore della domiciliarità).',
    services: ['sad-sadh-adh'],
  },
  {
    ...P5,
    code: 'pdz-2020-protezione-giuridica',
    area: 'promozione-autonomie',
    name: 'Sistema di protezione giuridica',
    needs: 'Gestione associata del servizio di Protezione giuridica.',
  },
  {
    ...P5,
    code: 'pdz-2020-compartecipazione',
    area: 'promozione-autonomie',
    name: 'Compartecipazione alla spesa dei fruitori di servizi',
    needs:
      'Modifiche al Regolamento distrettuale di accesso ai servizi e compartecipazione alla spesa dopo l’introduzione del progetto individualizzato; unitarietà tariffaria su alcune tipologie di servizi comunali.',
  },
  {
    ...P5,
    code: 'pdz-2020-sollievo',
    area: 'promozione-autonomie',
    name: 'Interventi di sollievo',
    needs:
      'Progettazioni di sollievo per le situazioni che non rientrano nelle fasce dei finanziamenti regionali del Dopo di noi.',
  },
  {
    ...P5,
    code: 'pdz-2020-tavolo-accreditamento',
    area: 'promozione-autonomie',
    name: 'Tavolo di lavoro sovra distrettuale sull’accreditamento delle unità di offerta diurne',
    needs:
      'Proposta (2020) di un tavolo sovra distrettuale per un percorso di accreditamento condiviso delle unità di offerta territoriali diurne, alla scadenza del vigente albo fornitori distrettuale.',
  },
  {
    ...P6,
    code: 'obiettivo-strategico-2020-compartecipazione',
    area: 'azioni-trasversali',
    name: 'Obiettivo strategico 1: requisiti di accesso e compartecipazione uniformi',
    needs:
      'I 9 comuni hanno da 2 anni un unico Regolamento generale di accesso ai servizi e compartecipazione alla spesa. Per il 2020 l’Assemblea dei Sindaci individua almeno 2 servizi comunali con tariffe uniformi per i 9 comuni e ne sperimenta l’impatto sui singoli bilanci comunali.',
    tools:
      'Uniformità dei regolamenti, dei criteri di accesso, delle soglie ISEE, fattore famiglia; simulazione dell’impatto sui bilanci comunali.',
    indicators: [
      {
        code: 'os1-servizi-tariffe-uniformi',
        name: 'Servizi comunali con tariffe uniformi nei 9 comuni (obiettivo: almeno 2)',
        unit: 'servizi',
      },
    ],
  },
  {
    ...P6,
    code: 'obiettivo-strategico-2020-housing',
    area: 'contrasto-poverta',
    name: 'Obiettivo strategico 2: rete distrettuale qualificata e accreditata per i percorsi di housing',
    needs:
      'Rete accreditata per i percorsi di housing con risorse abitative comunali e private, per mamma-bambino, uomini soli, persone con fragilità psichiatrica, donne vittime di violenza domestica, persone con disabilità da avviare all’autonomia; livelli unitari di qualità dell’accoglienza.',
    interventions:
      'Cabina di regia distrettuale (Ufficio di Piano, comuni, terzo settore): sistema centralizzato di segnalazione, presa in carico e percorsi di sostegno abitativo temporaneo, con valutazione uniforme del bisogno e delle priorità.',
    services: ['rete-housing-distrettuale'],
    indicators: [
      {
        code: 'housing-segnalazioni',
        name: 'Segnalazioni al sistema distrettuale dell’housing',
        unit: 'segnalazioni',
        computation: { source: 'submissions', aggregate: 'count', form: 'housing-report', dateField: 'reportDate' },
      },
    ],
  },
  {
    ...P6,
    code: 'obiettivo-strategico-2020-disabilita',
    area: 'promozione-autonomie',
    name: 'Obiettivo strategico 3: équipe multiprofessionale per il progetto di vita delle persone con disabilità',
    needs:
      'Replicare il modello di presa in carico del servizio minori e famiglia nella disabilità: équipe specializzata (assistente sociale, psicologo, educatore/pedagogista) che definisce in progress il progetto di vita in tutti gli ambiti (scuola, tempo libero, socializzazione, sollievo, inserimento lavorativo, servizi diurni, dopo di noi).',
    interventions:
      'Insediamento delle équipe nei 9 comuni, con funzione di facilitazione all’accesso e presa in carico specialistica, affidate al terzo settore con procedure ad evidenza pubblica.',
    indicators: [
      {
        code: 'progetti-di-vita',
        name: 'Progetti di vita avviati',
        unit: 'progetti',
        computation: { source: 'submissions', aggregate: 'count', form: 'life-project', dateField: 'projectStart' },
      },
      {
        code: 'gps-disabilita-incontri',
        name: 'Incontri del GPS Disabilità',
        unit: 'incontri',
        computation: { source: 'meetings', aggregate: 'count', body: 'gps-disabilita' },
      },
    ],
  },
];
