import type { SeedService } from '../types';

/**
 * The services run jointly by the 9 comuni (section 3 of the programming document, with history
 * and figures from section 1). Providers are VAT numbers of providers.ts (all invented examples);
 * fundingSources and measures are codes of funding-sources.ts and measures.ts.
 * yearlyBudget is set only where the document gives a yearly figure.
 */
export const services: SeedService[] = [
  // ───────────────────────────── Azioni trasversali ─────────────────────────────
  {
    code: 'segretariato-sociale',
    areaCode: 'azioni-trasversali',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    internalNotes:
      'Il documento colloca il segretariato nella stessa gara del servizio famiglia e minori (“Servizio distrettuale del servizio minori e famiglia, segretariato sociale e servizi complementari”, avvio luglio-dicembre 2017). Nel seed è assegnato agli aggiudicatari di esempio dei due lotti territoriali: ipotesi, il documento non lo specifica. Criticità rilevate: turn over del personale delle cooperative, necessità di operatori esperti del territorio. Alcuni Comuni valutano di gestire il segretariato con personale dipendente. Indicatori: percorso di formazione 20 operatori/4 incontri; coaching 4 operatori/4 incontri; GPS 4 incontri.',
    municipalities: 'all',
    providers: ['90000140005', '90000150004'],
    fundingSources: ['bilanci-comunali', 'fnps', 'pon-inclusione'],
    measures: ['pon-inclusione'],
    contactEmail: 'segretariato@example.org',
    it: {
      name: 'Servizio di segretariato sociale',
      description:
        "Porta unica di accesso del cittadino ai servizi dedicati alle persone e alle fragilità, organizzata in modo uniforme in tutti i 9 Comuni del distretto. Ha quattro obiettivi: informare attraverso l'analisi della domanda; fornire consulenza e aiuto, mediando tra la richiesta del cittadino e il servizio; costruire un osservatorio del bisogno della cittadinanza; promuovere partecipazione e sviluppo della comunità. La funzione è esternalizzata con appalto pubblico e resta sotto la regia del responsabile comunale per le prese in carico leggere e i passaggi al servizio sociale professionale. Al 31/12/2017 il servizio ha ricevuto 357 persone, di cui 133 hanno beneficiato di una presa in carico leggera (3/4 colloqui), che ha esitato in 26 invii al Servizio sociale professionale.",
      target: 'Tutta la cittadinanza dei 9 Comuni del distretto.',
      eligibility: 'Nessun requisito: il servizio è aperto a tutti i cittadini dei 9 Comuni.',
      howToApply:
        "Rivolgersi allo sportello di segretariato sociale del proprio Comune negli orari di apertura. L'operatore analizza la richiesta, fornisce informazioni o avvia una presa in carico leggera (3-4 colloqui) e, se necessario, accompagna il cittadino al servizio sociale professionale o ad altri servizi.",
      contactOffice: 'Sportello di segretariato sociale del Comune di residenza',
    },
    en: {
      name: 'Social front desk (segretariato sociale)',
      description:
        "The citizen's single access point to services for people and their vulnerabilities, organised in the same way in all 9 comuni of the district. It has four aims: informing by analysing the request; advising and helping, mediating between the citizen's request and the service; building an observatory of the population's needs; promoting participation and community development. The function is outsourced by public tender and stays under the municipal manager's direction for light take-in-charge and referrals to the professional social service. By 31/12/2017 the service had received 357 people, 133 of whom also had a light take-in-charge (3-4 interviews), resulting in 26 referrals to the professional social service.",
      target: 'All residents of the 9 comuni of the district.',
      eligibility: 'No requirements: the service is open to every resident of the 9 comuni.',
      howToApply:
        'Go to the social front desk of your comune during opening hours. The worker analyses your request, gives information or starts a light take-in-charge (3-4 interviews) and, where needed, refers you to the professional social service or to other services.',
      contactOffice: 'Social front desk of your comune of residence',
    },
  },
  {
    code: 'cartella-sociale-informatizzata',
    areaCode: 'azioni-trasversali',
    management: 'associata',
    procurementMode: 'gestione-diretta',
    status: 'active',
    internalNotes:
      'Il documento la elenca tra le azioni trasversali e tra gli strumenti del servizio famiglia e minori (“cartella sociale informatizzata per la gestione dei casi”), senza indicare costi o fonti di finanziamento.',
    municipalities: 'all',
    providers: [],
    fundingSources: [],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Cartella sociale informatizzata',
      description:
        "Strumento informatico comune a livello distrettuale per la gestione dei casi da parte dei servizi sociali comunali e dei servizi gestiti in forma associata, a partire dal Servizio integrato minori e famiglia. Sostiene l'uniformità delle modalità di accesso e di presa in carico tra i 9 Comuni e la raccolta di dati puntuali sui bisogni della cittadinanza.",
      target: 'Operatori sociali dei Comuni e degli enti gestori dei servizi distrettuali.',
      eligibility: 'Accesso riservato agli operatori autorizzati: non è un servizio rivolto direttamente ai cittadini.',
      howToApply: "Gli operatori ricevono le credenziali tramite il proprio Comune o l'Ufficio di Piano.",
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'Digital social case file',
      description:
        'Shared district IT tool used by the municipal social services and the jointly run services, starting with the integrated service for minors and families, to manage cases. It supports uniform access and take-in-charge across the 9 comuni and the collection of accurate data on the needs of the population.',
      target: 'Social workers of the comuni and of the organisations running district services.',
      eligibility: 'Access for authorised staff only: this is not a service for citizens.',
      howToApply: 'Staff receive their credentials through their comune or the planning office.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },
  {
    code: 'funzioni-delegate-ats',
    areaCode: 'azioni-trasversali',
    management: 'associata',
    procurementMode: 'gestione-diretta',
    status: 'active',
    internalNotes: 'Funzione strutturale svolta dal personale dell’Ufficio di Piano; il documento non indica risorse dedicate.',
    municipalities: 'all',
    providers: [],
    fundingSources: [],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: "Funzioni delegate da ATS: accreditamento e messa in esercizio delle unità d'offerta sociali (CPE)",
      description:
        "L'Ambito esercita le funzioni delegate da ATS per l'accreditamento delle unità d'offerta sociali e le funzioni connesse alla loro messa in esercizio tramite Comunicazione Preventiva di Esercizio (CPE), comprese le strutture sperimentali. È una funzione strutturale dell'Ufficio di Piano al servizio di tutti i Comuni del distretto.",
      target:
        "Enti pubblici e privati che gestiscono o intendono avviare unità d'offerta sociali o strutture sperimentali nei 9 Comuni.",
      eligibility: "Enti gestori di unità d'offerta sociali con sede nel territorio del distretto.",
      howToApply:
        "L'ente gestore presenta la Comunicazione Preventiva di Esercizio o la domanda di accreditamento con la documentazione prevista dalla normativa regionale, secondo le modalità indicate dall'Ufficio di Piano.",
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'Functions delegated by ATS: accreditation and start of operation of social care units (CPE)',
      description:
        'The district performs the functions delegated by the health agency ATS for the accreditation of social care units and for their start of operation through the prior notice of operation (CPE), including experimental facilities. It is a structural function of the planning office serving all comuni of the district.',
      target:
        'Public and private organisations that run, or plan to open, social care units or experimental facilities in the 9 comuni.',
      eligibility: 'Organisations running social care units located in the district.',
      howToApply:
        'The organisation files the prior notice of operation (CPE) or the accreditation request with the documents required by regional rules, as instructed by the planning office.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },

  // ──────────────────────── Promozione del benessere familiare ────────────────────────
  {
    code: 'servizio-integrato-minori-famiglia',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    internalNotes:
      "Gara d'appalto distrettuale: capitolato aprile 2016-aprile 2017, valutazione progetti giugno 2017, avvio luglio-settembre 2017; prima triennalità in scadenza a giugno 2020. Il documento dice “tre lotti, due territoriali e uno di servizi trasversali” e che Spazio incontri, rete famiglie per l'accoglienza e funzione di supporto alla governance sono “servizi integranti la gara di appalto”: la loro attribuzione al lotto 3 è un'inferenza del seed. La stessa gara comprendeva personale per il PUAD (risorse comunali solo di Cernusco sul Naviglio). Aggiudicatari di esempio.",
    municipalities: 'all',
    providers: ['90000140005', '90000150004', '90000160003'],
    fundingSources: ['bilanci-comunali', 'fnps', 'fondo-pippi'],
    measures: ['misura-6'],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Servizio Integrato Minori e Famiglia',
      description:
        "Servizio distrettuale a gestione associata per la presa in carico delle famiglie con figli minori, sia in presenza di provvedimento dell'autorità giudiziaria sia in contesto spontaneo, con una metodologia unitaria in tutti i 9 Comuni. Opera con micro-équipe comunali multiprofessionali e macro-équipe distrettuali, in cui l'educatore è parte integrante, con un coordinamento tecnico e la supervisione degli operatori (3 incontri per area). È affidato con gara d'appalto distrettuale, avviata tra luglio e settembre 2017 e suddivisa in tre lotti: due territoriali e uno di servizi trasversali. Il Gruppo di Programmazione Strategica (GPS), con Ufficio di Piano, referenti comunali ed enti gestori, monitora e riprogramma il servizio (4 incontri).",
      target: 'Famiglie con figli minori residenti nel distretto, in particolare nuclei fragili e vulnerabili.',
      eligibility:
        "Famiglie residenti nei 9 Comuni con provvedimento dell'autorità giudiziaria o per le quali il servizio sociale comunale valuta opportuna una presa in carico.",
      howToApply:
        "Non si accede con domanda diretta: la presa in carico è attivata dal servizio sociale del Comune di residenza, su richiesta della famiglia, su segnalazione o a seguito di un provvedimento dell'autorità giudiziaria.",
      contactOffice: 'Servizio sociale del Comune di residenza',
      lots: [
        {
          name: 'Lotto 1 – Zona 1 (Bussero, Carugate, Cernusco sul Naviglio)',
          scope: 'Équipe territoriali del servizio famiglia e minori nei Comuni di Bussero, Carugate e Cernusco sul Naviglio.',
        },
        {
          name: "Lotto 2 – Zona 2 (Bellinzago Lombardo, Cambiago, Cassina de' Pecchi, Gessate, Gorgonzola, Pessano con Bornago)",
          scope:
            "Équipe territoriali del servizio famiglia e minori nei Comuni di Bellinzago Lombardo, Cambiago, Cassina de' Pecchi, Gessate, Gorgonzola e Pessano con Bornago.",
        },
        {
          name: 'Lotto 3 – Servizi trasversali',
          scope:
            'Servizi distrettuali a disposizione di tutti i Comuni: Spazio incontri (spazio neutro), rete delle famiglie per l’accoglienza, funzione di supporto alla governance distrettuale.',
        },
      ],
    },
    en: {
      name: 'Integrated Service for Minors and Families',
      description:
        'Jointly run district service that takes charge of families with children, both under a court order and on a voluntary basis, with one method across the 9 comuni. It works through multi-professional municipal teams and district teams in which the educator is a full member, with technical coordination and supervision of the workers (3 meetings per area). It is contracted out through a district tender, started between July and September 2017 and split into three lots: two territorial and one of cross-cutting services. The Strategic Programming Group (GPS), made up of the planning office, municipal referents and the providers, monitors and re-plans the service (4 meetings).',
      target: 'Families with children living in the district, especially fragile and vulnerable households.',
      eligibility:
        'Families living in the 9 comuni under a court order, or for whom the municipal social service considers a take-in-charge appropriate.',
      howToApply:
        'There is no direct application: the take-in-charge is started by the social service of your comune, at the family’s request, after a report, or following a court order.',
      contactOffice: 'Social service of your comune of residence',
      lots: [
        {
          name: 'Lot 1 – Zone 1 (Bussero, Carugate, Cernusco sul Naviglio)',
          scope: 'Local teams of the family and minors service in Bussero, Carugate and Cernusco sul Naviglio.',
        },
        {
          name: "Lot 2 – Zone 2 (Bellinzago Lombardo, Cambiago, Cassina de' Pecchi, Gessate, Gorgonzola, Pessano con Bornago)",
          scope:
            "Local teams of the family and minors service in Bellinzago Lombardo, Cambiago, Cassina de' Pecchi, Gessate, Gorgonzola and Pessano con Bornago.",
        },
        {
          name: 'Lot 3 – Cross-cutting services',
          scope:
            'District services available to all comuni: supervised visits (Spazio incontri), the network of foster and supportive families, the support function for district governance.',
        },
      ],
    },
  },
  {
    code: 'spazio-incontri',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    internalNotes:
      'Servizio integrante la gara del Servizio integrato minori e famiglia (attribuito nel seed al lotto 3 dei servizi trasversali). Avvio luglio-dicembre 2017. Ente gestore di esempio.',
    municipalities: 'all',
    providers: ['90000160003'],
    fundingSources: ['bilanci-comunali', 'fnps'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Spazio Incontri (Spazio Neutro)',
      description:
        "Servizio distrettuale che garantisce il diritto di visita del minore con il genitore non convivente in ambito protetto, a seguito di richiesta dell'autorità giudiziaria o del servizio sociale comunale. È parte integrante e “specialistica” del Servizio Integrato Minori e Famiglia e ne condivide la modalità di intervento uniforme. Comprende visite protette e l'accompagnamento educativo alla relazione tra minore e genitore non collocatario, con micro-équipe costruite sui singoli casi. L'accesso è previsto per tutti i Comuni del distretto, come da capitolato e contratto.",
      target:
        "Famiglie con figli minori sottoposti a provvedimento dell'autorità giudiziaria o per le quali il servizio sociale valuta opportuno l'accompagnamento educativo alla relazione tra minore e genitore non collocatario.",
      eligibility: "Invio da parte dell'autorità giudiziaria o del servizio sociale del Comune di residenza.",
      howToApply:
        "Non si accede con domanda diretta: l'intervento è richiesto dall'autorità giudiziaria o dal servizio sociale comunale, che lo concorda con l'ente gestore.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'Supervised contact service (Spazio Incontri / Spazio Neutro)',
      description:
        "District service that guarantees the child's right to see the parent they do not live with in a protected setting, at the request of the court or of the municipal social service. It is an integral, specialised part of the Integrated Service for Minors and Families and shares its uniform way of working. It includes supervised visits and educational support for the relationship between the child and the non-resident parent, with small teams built around each case. All comuni of the district can use it, as set out in the tender and contract.",
      target:
        'Families with children subject to a court order, or for whom the social service considers educational support for the relationship with the non-resident parent appropriate.',
      eligibility: 'Referral by the court or by the social service of your comune of residence.',
      howToApply:
        'There is no direct application: the court or the municipal social service requests the intervention and agrees it with the provider.',
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'sostegno-governance-distrettuale',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    internalNotes:
      'Servizio integrante la gara del Servizio integrato minori e famiglia (attribuito nel seed al lotto 3); avvio settembre-dicembre 2017. Indicatore: insediamento della funzione e realizzazione dei compiti come da capitolato e contratto.',
    municipalities: 'all',
    providers: ['90000160003'],
    fundingSources: ['bilanci-comunali', 'fnps'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Funzione di sostegno e potenziamento della governance distrettuale',
      description:
        "Funzione che amplia le risorse professionali a disposizione della governance di distretto, per presidiare e sviluppare le progettazioni distrettuali in essere e future in relazione agli indirizzi del Piano di Zona. Un operatore dell'ente gestore lavora con il personale dell'Ufficio di Piano e dei Comuni nella progettazione e nella realizzazione degli interventi. È affidata con la gara del Servizio integrato minori e famiglia ed è attiva da settembre 2017.",
      target: 'Comuni del distretto, servizi distrettuali, progettazione strategica e specifica del Piano di Zona.',
      eligibility: "Funzione interna rivolta all'Ufficio di Piano e ai Comuni: non prevede accesso dei cittadini.",
      howToApply: "I Comuni presentano le richieste di supporto progettuale all'Ufficio di Piano.",
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'Support and strengthening of district governance',
      description:
        "A function that adds professional resources to the district's governance, to oversee and develop current and future district projects in line with the district plan (Piano di Zona). A worker of the provider designs and carries out interventions together with the staff of the planning office and of the comuni. It is contracted under the tender of the Integrated Service for Minors and Families and has been active since September 2017.",
      target: "The district's comuni, district services, strategic and specific planning of the district plan.",
      eligibility: 'An internal function for the planning office and the comuni: citizens do not apply.',
      howToApply: 'The comuni send requests for planning support to the planning office.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },
  {
    code: 'coordinamento-reti-famiglie-solidali',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    internalNotes:
      "La sezione 1 indica la rete delle famiglie per l'accoglienza tra i “servizi integranti la gara di appalto” del servizio famiglia e minori (lotto 3 nel seed); la sezione 3 dice che gli incontri di intervisione sono facilitati dall'operatore dell'Ufficio di Piano impegnato nel coordinamento della rete affido. Fonti di finanziamento riprese dalla gara (non indicate separatamente).",
    municipalities: 'all',
    providers: ['90000160003'],
    fundingSources: ['bilanci-comunali', 'fnps'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Coordinamento reti famiglie solidali e affido',
      description:
        "Coordinamento delle associazioni formali e informali del territorio per creare, in tutti i 9 Comuni, una rete di famiglie e associazioni capace di garantire solidarietà attiva e vicinanza relazionale alle famiglie vulnerabili nella gestione dei figli e delle incombenze quotidiane. Avvia gruppi di progettazione con i Comuni interessati, sensibilizza la comunità sull'affido e sulla solidarietà familiare e individua risorse familiari disponibili a diverse forme di affido, etero-familiare, tradizionale o leggero. L'operatore dell'Ufficio di Piano dedicato al coordinamento della rete affido organizza incontri di intervisione e monitoraggio tra i gruppi per lo scambio di buone prassi.",
      target: 'Famiglie vulnerabili con figli; famiglie, associazioni e cittadini disponibili all’accoglienza e all’affido.',
      eligibility:
        'Possono partecipare alle reti famiglie, associazioni e cittadini dei 9 Comuni; le famiglie da sostenere sono individuate con il servizio sociale comunale.',
      howToApply:
        "Per offrire la propria disponibilità all'affido o alla rete solidale, contattare l'Ufficio di Piano o il servizio sociale del proprio Comune.",
      contactOffice: 'Ufficio di Piano – coordinamento rete affido e accoglienza familiare',
    },
    en: {
      name: 'Coordination of supportive family networks and foster care',
      description:
        'Coordination of the formal and informal associations of the area to build, in all 9 comuni, a network of families and associations that offers active solidarity and closeness to vulnerable families in raising their children and managing daily life. It starts planning groups with the interested comuni, raises community awareness of foster care and family solidarity, and finds families willing to offer different forms of foster care: full-time, traditional or part-time. The planning office worker who coordinates the foster-care network runs peer review and monitoring meetings between the groups to share good practice.',
      target: 'Vulnerable families with children; families, associations and citizens willing to host or foster.',
      eligibility:
        'Families, associations and citizens of the 9 comuni can join the networks; the families to support are identified with the municipal social service.',
      howToApply:
        'To offer to foster or to join the support network, contact the planning office or the social service of your comune.',
      contactOffice: 'Planning office – foster care and family hosting network',
    },
  },
  {
    code: 'pippi',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'gestione-diretta',
    status: 'active',
    internalNotes:
      'Nel 2018 hanno aderito 8 Comuni su 9; il documento non dice quale Comune non ha aderito, quindi il seed indica tutto il distretto. Referente del programma: Ufficio di Piano; interventi realizzati da operatori comunali e degli enti gestori dei servizi di tutela.',
    municipalities: 'all',
    providers: [],
    fundingSources: ['fnps', 'fondo-sociale-regionale', 'bilanci-comunali', 'fondo-pippi'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Programma ministeriale P.I.P.P.I.',
      description:
        "Programma di Intervento Per la Prevenzione dell'Istituzionalizzazione dei minori figli di famiglie vulnerabili. Il distretto ha aderito alle edizioni 5 e 6 e poi all'edizione di livello avanzato; la sperimentazione, partita con 4 Comuni, nel 2018 ha coinvolto 8 Comuni su 9. Ogni edizione ha coinvolto 10 famiglie “vulnerabili” (20 nuclei nel livello avanzato) con interventi educativi e clinici per minori e genitori, e un Gruppo territoriale con scuole, terzo settore e servizi socio-sanitari. Per l'edizione avanzata il distretto ha costituito il LabT e svolge una ricerca su “famiglie accoglienti e reti solidali” con la supervisione scientifica dell'Università di Padova.",
      target: 'Famiglie vulnerabili con figli minori di età inferiore ai 12 anni.',
      eligibility:
        'Famiglie in carico ai servizi sociali dei Comuni aderenti, individuate dalle équipe secondo le linee operative del programma.',
      howToApply:
        'Non si accede su domanda: le famiglie sono individuate e proposte dalle équipe del servizio sociale comunale e del Servizio integrato minori e famiglia.',
      contactOffice: 'Ufficio di Piano – referente programma P.I.P.P.I.',
    },
    en: {
      name: 'P.I.P.P.I. ministerial programme',
      description:
        'National programme to prevent the institutionalisation of children of vulnerable families. The district took part in editions 5 and 6 and then in the advanced level; the pilot started with 4 comuni and in 2018 involved 8 of the 9. Each edition involved 10 vulnerable families (20 households at the advanced level), with educational and clinical work with children and parents and a local group with schools, the third sector and health and social services. For the advanced edition the district set up the LabT and is researching “welcoming families and solidarity networks” under the scientific supervision of the University of Padua.',
      target: 'Vulnerable families with children under 12.',
      eligibility:
        "Families followed by the social services of the participating comuni, selected by the teams according to the programme's guidelines.",
      howToApply:
        'Families do not apply: they are identified and proposed by the teams of the municipal social service and of the Integrated Service for Minors and Families.',
      contactOffice: 'Planning office – P.I.P.P.I. programme referent',
    },
  },
  {
    code: 'rete-antiviolenza-viola',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'convenzione',
    status: 'active',
    internalNotes:
      'Il documento non indica la forma di affidamento della rete (progetto interdistrettuale finanziato da Regione Lombardia): modellata come convenzione con un centro antiviolenza di esempio. Nel 2020 prevista procedura a evidenza pubblica per la gestione della Casa rifugio; previste manifestazioni pubbliche di raccolta fondi. Obiettivo 2021-23: valutare uno Sportello donna distrettuale.',
    municipalities: 'all',
    providers: ['90000230004'],
    fundingSources: ['regione-lombardia'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Rete interdistrettuale antiviolenza V.I.O.L.A.',
      description:
        "V.I.O.L.A. – Valorizzare Interazioni per Operare come Laboratorio Antiviolenza è la rete antiviolenza dei distretti dell'Adda Martesana, finanziata da Regione Lombardia e da rinnovare per il biennio 2020/2021. La nuova proposta presentata mantiene l'impianto precedente e aumenta gli sportelli decentrati, uno per distretto. Lo sportello di Cernusco sul Naviglio, aperto 5 ore un pomeriggio a settimana, sarà ampliato a due aperture settimanali di 3 ore ciascuna. Un appartamento del patrimonio ERP di Cernusco sul Naviglio è in corso di valorizzazione per diventare Casa rifugio per donne vittime di violenza domestica.",
      target:
        'Donne vittime di violenza e i loro figli; comunità e operatori per le attività di prevenzione e sensibilizzazione.',
      eligibility: 'Accesso libero e gratuito per le donne che vivono o hanno vissuto situazioni di violenza.',
      howToApply:
        'Rivolgersi direttamente allo sportello antiviolenza di Cernusco sul Naviglio negli orari di apertura, oppure al servizio sociale del proprio Comune. In caso di emergenza chiamare il 112 o il numero nazionale antiviolenza 1522.',
      contactOffice: 'Sportello antiviolenza V.I.O.L.A. di Cernusco sul Naviglio',
    },
    en: {
      name: 'V.I.O.L.A. inter-district anti-violence network',
      description:
        'V.I.O.L.A. (“Valorizzare Interazioni per Operare come Laboratorio Antiviolenza”) is the anti-violence network of the Adda Martesana districts, funded by Regione Lombardia and due for renewal for 2020/2021. The new proposal submitted keeps the previous set-up and adds local desks, one per district. The Cernusco sul Naviglio desk, open 5 hours one afternoon a week, will be extended to two weekly openings of 3 hours each. A public-housing flat in Cernusco sul Naviglio is being converted into a shelter for women victims of domestic violence.',
      target:
        'Women victims of violence and their children; the community and professionals for prevention and awareness activities.',
      eligibility: 'Free, open access for women who experience or have experienced violence.',
      howToApply:
        'Go directly to the anti-violence desk in Cernusco sul Naviglio during opening hours, or to the social service of your comune. In an emergency call 112 or the national anti-violence helpline 1522.',
      contactOffice: 'V.I.O.L.A. anti-violence desk, Cernusco sul Naviglio',
    },
  },
  {
    code: 'progettare-gli-equilibri',
    areaCode: 'benessere-familiare',
    management: 'associata',
    procurementMode: 'convenzione',
    status: 'active',
    internalNotes:
      'Il documento elenca la rete tra i servizi gestiti in forma associata senza descriverne attività, enti, risorse o forma di gestione: modellata come convenzione di rete tra distretti, senza fornitori né fonti di finanziamento.',
    municipalities: 'all',
    providers: [],
    fundingSources: [],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Rete interdistrettuale di conciliazione tempi di vita e di lavoro “Progettare gli equilibri”',
      description:
        "Rete interdistrettuale che promuove la conciliazione dei tempi di vita e di lavoro, gestita in forma associata con gli altri distretti nell'area della promozione del benessere familiare. Sostiene le famiglie con carichi di cura nel tenere insieme lavoro e vita familiare.",
      target: 'Famiglie con carichi di cura, lavoratrici e lavoratori del territorio.',
      eligibility: 'Secondo le singole iniziative promosse dalla rete.',
      howToApply: "Per informazioni sulle iniziative attive rivolgersi all'Ufficio di Piano.",
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'Inter-district work-life balance network “Progettare gli equilibri”',
      description:
        'Inter-district network promoting work-life balance, run jointly with the other districts within the family well-being area. It helps families with care responsibilities to combine work and family life.',
      target: 'Families with care responsibilities and workers of the area.',
      eligibility: 'Depends on each initiative of the network.',
      howToApply: 'Ask the planning office about the current initiatives.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },

  // ───────────────────────────── Contrasto alla povertà ─────────────────────────────
  {
    code: 'sail',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'appalto',
    status: 'active',
    yearlyBudget: 270000,
    internalNotes:
      "Gara d'appalto triennale giugno 2015 – giugno 2018 (eredita il progetto “Reddito di promozione sociale”). FNPS € 270.000/anno; i bilanci comunali coprono le borse lavoro. Dati annuali (postazioni 104 ogni anno): 2015 – 124 persone in carico (79 nuove), 24 assunzioni, 108 tirocini (89 persone), rapporto 24%, disabili 6 tirocini, 1 assunzione, 2 doti con assunzione; 2016 – 139 in carico (42 nuove), 36 assunzioni, 153 tirocini (117 persone), rapporto 31%, disabili 6 tirocini, 14 doti, 4 assunzioni; 2017 – 135 in carico (51 nuove), 31 assunzioni, 100 tirocini (80 persone), rapporto 39%, disabili 31 doti. Ente gestore di esempio.",
    municipalities: 'all',
    providers: ['90000170002'],
    fundingSources: ['fnps', 'bilanci-comunali'],
    measures: ['reddito-di-cittadinanza', 'piano-poverta'],
    contactEmail: 'udp@example.org',
    it: {
      name: 'SAIL – Servizio Accompagnamento e Inserimento Lavorativo',
      description:
        "Servizio distrettuale per giovani e adulti in stato di fragilità che, per motivi socio-economici e sanitari, hanno bisogno di un supporto qualificato per cercare, avviare e mantenere un lavoro. A partire dalla segnalazione attiva percorsi personalizzati con tirocini in azienda accompagnati da personale qualificato e con le risorse dei servizi specialistici, in stretta integrazione con le équipe sociali dei Comuni. I percorsi sono di tre tipi: A, per persone disoccupate in carico ai servizi sociali o specialistici; B, per persone con particolare fragilità che hanno bisogno di percorsi propedeutici e di un forte accompagnamento educativo; C, per beneficiari di REI/Reddito di cittadinanza. Affidato con gara d'appalto dal giugno 2015 e finanziato dal FNPS con € 270.000/anno, dispone di 104 postazioni. Nel 2017: 135 persone in carico (51 nuove), 31 assunzioni, 100 tirocini (80 persone).",
      target:
        'Giovani e adulti residenti nei 9 Comuni in stato di fragilità, disoccupati o usciti dal lavoro, compresi beneficiari di REI/Reddito di cittadinanza e persone con disabilità.',
      eligibility:
        "Tipo A: persone disoccupate in carico al servizio sociale e/o specialistico, anche in compenso terapeutico o senza fissa dimora, in grado di seguire un percorso di orientamento e inserimento lavorativo. Tipo B: persone con particolare fragilità che necessitano di percorsi propedeutici, di accompagnamento educativo, socializzazione o ergoterapia, anche per consolidare l'aggancio ai servizi specialistici (CPS, SERT, NOA, consultori). Tipo C: persone in possesso dei requisiti REI/Reddito di cittadinanza per cui attivare un progetto a fronte del contributo.",
      howToApply:
        "Non si accede direttamente: il servizio sociale del Comune di residenza o il servizio specialistico segnala la persona al SAIL, che con l'assistente sociale costruisce il piano di intervento personalizzato.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'SAIL – Work support and placement service',
      description:
        'District service for vulnerable young people and adults who, for social, economic or health reasons, need qualified support to find, start and keep a job. Starting from a referral, it builds personal paths with company internships supported by qualified staff and with the resources of specialist services, working closely with the social teams of the comuni. There are three types of path: A, for unemployed people followed by social or specialist services; B, for particularly fragile people who need preparatory paths and strong educational support; C, for REI / Citizenship Income beneficiaries. Contracted by tender since June 2015 and funded by the FNPS with €270,000/year, it has 104 places. In 2017: 135 people in charge (51 new), 31 hirings, 100 internships (80 people).',
      target:
        'Vulnerable young people and adults living in the 9 comuni, unemployed or out of work, including REI / Citizenship Income beneficiaries and people with disabilities.',
      eligibility:
        'Type A: unemployed people followed by the social and/or specialist services, including people in therapeutic placements or homeless, able to follow a guidance and job placement path. Type B: particularly fragile people who need preparatory paths, educational support, socialisation or occupational therapy, also to consolidate their link with specialist services (mental health, addiction services, family centres). Type C: people meeting the REI / Citizenship Income requirements, for whom a project must be started in return for the benefit.',
      howToApply:
        'There is no direct application: the social service of your comune or a specialist service refers you to SAIL, which builds your personal plan together with the social worker.',
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'rete-housing-distrettuale',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'convenzione',
    status: 'active',
    internalNotes:
      "Il documento non specifica la forma di affidamento (“il distretto collabora con alcune realtà del terzo settore”): modellata come convenzione con due enti di esempio. I contributi Cariplo (€ 137.000, anni 2015/2016) e regionali distrettuali (€ 127.000) non sono annuali: nessun yearlyBudget. Obiettivo strategico 2020: rete qualificata e “accreditata” per l'housing, cabina di regia distrettuale, valutazione uniforme del bisogno e delle priorità per tutti i Comuni.",
    municipalities: 'all',
    providers: ['90000180001', '90000240003'],
    fundingSources: ['fondazione-cariplo', 'regione-lombardia', 'bilanci-comunali'],
    measures: ['emergenza-abitativa'],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Rete Housing distrettuale',
      description:
        "Rete di unità abitative per accoglienze temporanee di persone e famiglie in difficoltà per uno sfratto o un'emergenza temporanea, con un presidio educativo di accompagnamento all'autonomia gestito da realtà del terzo settore. Nasce dal progetto di housing diffuso Abitando s'Impara, cofinanziato da Fondazione Cariplo (€ 137.000) per il 2015/2016 e proseguito con fondi comunali e regionali (fondi regionali distrettuali € 127.000). Oltre ai 6 alloggi previsti ne sono stati reperiti altri 4, di cui 1 messo a disposizione da un privato cittadino; il periodo medio di inserimento delle 55 persone accolte (di cui 25 minori) è di 24 mesi. Le accoglienze sono differenziate (mamma e bambini, uomini soli, donne vittime di violenza domestica, psichiatria) e di norma abbinate a percorsi di reinserimento socio-lavorativo degli adulti.",
      target:
        'Persone e famiglie in grave crisi socio-economica o in emergenza abitativa temporanea: mamme con bambini, uomini soli, donne vittime di violenza domestica, persone con fragilità psichiatrica.',
      eligibility:
        'Persone e famiglie residenti nei 9 Comuni, in carico al servizio sociale professionale, per le quali è valutato un percorso di accoglienza temporanea. Le famiglie sono co-responsabili della definizione del proprio percorso di autonomia.',
      howToApply:
        'Il servizio sociale del Comune segnala la situazione al coordinamento del servizio di housing; segnalazione, valutazione e monitoraggio sono svolti congiuntamente e il percorso di autonomia è concordato con la famiglia.',
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'District housing network',
      description:
        "Network of housing units for temporary placements of people and families in difficulty because of an eviction or a temporary emergency, with educational support towards autonomy provided by third-sector organisations. It grew out of the scattered-housing project “Abitando s'Impara”, co-funded by Fondazione Cariplo (€137,000) for 2015/2016 and continued with municipal and regional funds (€127,000 of district regional funds). Besides the 6 planned flats, 4 more were found, 1 of them offered by a private citizen; the 55 people placed (25 of them minors) stayed on average 24 months. Placements are differentiated (mothers and children, single men, women victims of domestic violence, psychiatric fragility) and are usually combined with work reintegration paths for the adults.",
      target:
        'People and families in severe social and economic crisis or temporary housing emergency: mothers with children, single men, women victims of domestic violence, people with psychiatric fragility.',
      eligibility:
        'People and families living in the 9 comuni, followed by the professional social service, for whom a temporary placement is assessed as appropriate. Families share responsibility for defining their own path to autonomy.',
      howToApply:
        'The municipal social service reports the situation to the coordination of the housing service; reporting, assessment and monitoring are done jointly and the path to autonomy is agreed with the family.',
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'condominio-solidale',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'co-progettazione',
    status: 'active',
    internalNotes:
      'Procedura aperta di co-progettazione (2016, durata 11 mesi); convenzione tra Comune di Cernusco sul Naviglio e ATI del terzo settore; gestione in concessione. € 80.000 è lo stanziamento di start up del Comune di Cernusco, non un budget annuo. Prima triennalità in scadenza a inizio 2021, con valutazione e ri-progettazione dal 2020. ATI di tre enti di esempio (capofila + 2 mandanti). I 2 appartamenti per disabili gravi sono citati tra gli esiti della rete disabilità (risorse L. 112/2016).',
    municipalities: 'all',
    providers: ['90000180001', '90000190000', '90000200007'],
    fundingSources: ['bilanci-comunali', 'risorse-terzo-settore'],
    measures: ['dopo-di-noi'],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Condominio Solidale',
      description:
        "Servizio sperimentale in una palazzina comunale di nuova costruzione a Cernusco sul Naviglio, con 16 appartamenti a disposizione del distretto. Nato da una co-progettazione pubblico-privato sociale avviata nel 2016 e durata 11 mesi, è gestito da un'ATI di tre realtà del terzo settore; le prime accoglienze sono partite a luglio 2018. Offre: accoglienza in housing per famiglie mamma-bambino; comunità alloggio mamma-bambino; appartamenti protetti per la disabilità, sollievo e palestre per l'autonomia (tra cui 2 appartamenti per disabili gravi); famiglie “custodi” a supporto degli ospiti, in particolare per le attività del centro diurno minori. Il Comune di Cernusco sul Naviglio ha stanziato € 80.000 per lo start up e concede la palazzina in comodato gratuito. La prima triennalità si conclude a inizio 2021 ed è prevista una ri-progettazione.",
      target:
        'Mamme con bambini, persone con disabilità, minori in stato di fragilità e le loro famiglie, famiglie in percorsi di housing temporaneo.',
      eligibility:
        'Inserimento su proposta dei servizi sociali dei Comuni del distretto, secondo i protocolli di inserimento di ciascun percorso e con un progetto educativo individualizzato (PEI).',
      howToApply:
        "Il servizio sociale comunale o il Servizio integrato minori e famiglia propone l'inserimento all'ente gestore secondo i protocolli del Condominio; le rette dei percorsi sono coperte dai bilanci comunali.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'Condominio Solidale (solidarity apartment building)',
      description:
        "Experimental service in a newly built municipal building in Cernusco sul Naviglio with 16 flats available to the whole district. It came out of an 11-month public/third-sector co-design started in 2016 and is run by a temporary association (ATI) of three third-sector organisations; the first guests arrived in July 2018. It offers: housing for mother-and-child families; a mother-and-child residential community; protected flats for people with disabilities, respite and autonomy training (including 2 flats for people with severe disabilities); “custodian” families supporting the guests, especially in the activities of the children's day centre. The comune of Cernusco sul Naviglio allocated €80,000 for the start-up and lends the building free of charge. The first three-year period ends in early 2021 and a redesign is planned.",
      target:
        'Mothers with children, people with disabilities, vulnerable children and their families, families in temporary housing paths.',
      eligibility:
        'Placement proposed by the social services of the district comuni, according to the admission protocols of each path and with an individual educational plan (PEI).',
      howToApply:
        "The municipal social service or the Integrated Service for Minors and Families proposes the placement to the provider under the building's protocols; the fees are paid from the municipal budgets.",
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'servizi-abitativi-pubblici-lr16',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'gestione-diretta',
    status: 'active',
    internalNotes:
      'Funzione programmatoria svolta dall’Ufficio di Piano; graduatorie e contratti restano ai Comuni. Il Piano triennale è redatto con l’accompagnamento tecnico-scientifico del Politecnico di Milano. Il documento non indica fonti di finanziamento dedicate.',
    municipalities: 'all',
    providers: [],
    fundingSources: [],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Attuazione L.R. 16/2016 – Servizi abitativi pubblici (SAP)',
      description:
        "I servizi abitativi pubblici in Lombardia sono regolati dalla legge regionale 8 luglio 2016 n. 16 e dal regolamento regionale 4/2017. Da giugno 2019 le assegnazioni sono gestite in parte a livello distrettuale (programmazione annuale e triennale e pubblicazione degli avvisi pubblici) e in parte dai singoli Comuni (graduatorie e contratti con i nuovi inquilini), attraverso la piattaforma informatica regionale. I Comuni e ALER hanno approvato a luglio 2019 il primo Piano annuale, seguito dal primo avviso pubblico per l'assegnazione degli alloggi disponibili (ottobre 2019). L'Ambito redige il Piano triennale e lavora a nuovi modelli di housing e co-housing valorizzando il patrimonio ERP.",
      target: 'Nuclei familiari in condizione di bisogno abitativo che cercano un alloggio pubblico nei 9 Comuni.',
      eligibility:
        'Requisiti stabiliti dalla L.R. 16/2016 e dal regolamento regionale 4/2017, indicati in ciascun avviso pubblico.',
      howToApply:
        "Presentare domanda sulla piattaforma informatica regionale entro i termini dell'avviso pubblico distrettuale; graduatorie e assegnazione degli alloggi sono curate dai singoli Comuni.",
      contactOffice: 'Ufficio casa del Comune di residenza',
    },
    en: {
      name: 'Implementation of Regional Law 16/2016 – Public housing services (SAP)',
      description:
        'Public housing services in Lombardy are governed by Regional Law 16 of 8 July 2016 and Regional Regulation 4/2017. Since June 2019 allocations have been managed partly at district level (annual and three-year planning and publication of public calls) and partly by each comune (rankings and contracts with new tenants), through the regional IT platform. The comuni and ALER approved the first annual plan in July 2019, followed by the first public call for the available flats (October 2019). The district draws up the three-year plan and works on new housing and co-housing models that make better use of the public housing stock.',
      target: 'Households in housing need looking for public housing in the 9 comuni.',
      eligibility: 'Requirements set by Regional Law 16/2016 and Regional Regulation 4/2017, stated in each public call.',
      howToApply:
        'Apply on the regional IT platform within the deadlines of the district public call; rankings and allocation of flats are handled by each comune.',
      contactOffice: 'Housing office of your comune of residence',
    },
  },
  {
    code: 'sprar',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'co-progettazione',
    status: 'planned',
    internalNotes:
      "Il documento dice “in favore di 5 comuni del distretto” senza nominarli: i 5 Comuni del seed (Carugate, Cassina de' Pecchi, Cernusco sul Naviglio, Gorgonzola, Pessano con Bornago) sono una scelta di esempio. Il documento parla di “un'impresa” individuata con manifestazione di interesse: ente di esempio. Stato 'planned': il servizio partirà solo con il finanziamento del Ministero dell'Interno, durata indicativa tre annualità. Nota: il sistema SPRAR è stato poi rinominato SIPROIMI (2018) e SAI (2020). Le risorse di circa € 460.000 per un triennio citate nella sezione 1 riguardano la rete CAS/SPRAR dell'Asse Adda Martesana, non questo progetto.",
    municipalities: ['015051', '015060', '015070', '015108', '015172'],
    providers: ['90000220005'],
    fundingSources: ['ministero-interno'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Servizio S.P.R.A.R. – accoglienza di richiedenti asilo e rifugiati',
      description:
        "Servizio di accoglienza per richiedenti asilo e rifugiati nel Sistema di protezione per richiedenti asilo e rifugiati (S.P.R.A.R.) in favore di 5 Comuni del distretto. La procedura pubblica di co-progettazione si è conclusa e la manifestazione di interesse ha individuato il soggetto con cui co-progettare il servizio, per una durata indicativa di tre annualità. Il servizio sarà realizzato solo dopo il riconoscimento del finanziamento ministeriale ai sensi del Decreto 10 agosto 2016: il progetto è stato presentato al Ministero dell'Interno nei termini previsti ed è in attesa di risposta.",
      target: 'Richiedenti asilo e titolari di protezione internazionale.',
      eligibility: 'Inserimento secondo le procedure del sistema nazionale di accoglienza, dopo l’avvio del progetto.',
      howToApply:
        'Non si accede con domanda diretta: gli inserimenti sono disposti secondo le procedure ministeriali del sistema di accoglienza.',
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'S.P.R.A.R. service – reception of asylum seekers and refugees',
      description:
        'Reception service for asylum seekers and refugees within the national protection system (S.P.R.A.R.) for 5 comuni of the district. The public co-design procedure has been completed and the expression of interest identified the organisation with which to co-design the service, for an indicative period of three years. The service will start only once the ministerial funding is granted under the Decree of 10 August 2016: the project was submitted to the Ministry of the Interior on time and awaits an answer.',
      target: 'Asylum seekers and holders of international protection.',
      eligibility: 'Placement according to the procedures of the national reception system, once the project has started.',
      howToApply: 'There is no direct application: placements follow the ministerial procedures of the reception system.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },
  {
    code: 'mediazione-linguistico-culturale',
    areaCode: 'contrasto-poverta',
    management: 'associata',
    procurementMode: 'convenzione',
    status: 'active',
    yearlyBudget: 20000,
    internalNotes:
      "Affidato con gara d'appalto per settembre 2015 – giugno 2018; per il nuovo triennio il documento prevede di proseguire il primo anno con la medesima convenzione e poi valutare un'altra procedura di gara: per questo procurementMode = convenzione. Fonte: il documento indica “Risorse distrettuali – Fondo” senza specificare (testo troncato); l'attribuzione al FNPS è un'ipotesi. I Comuni aderenti non sono nominati: il seed indica tutto il distretto. Dati: a.s. 2015/2016 200 ore di mediazione (170 pacchetti di accoglienza, 30 ore di colloqui), 400 ore di facilitazione (10 laboratori L2), 3 giornate di formazione; a.s. 2016/2017 146 ore (119 pacchetti, 27 ore di colloqui), 447 ore di facilitazione (14 laboratori); a.s. 2017/2018 146 ore (105 pacchetti, 31 ore di colloqui), 447 ore di facilitazione (7 laboratori). Obiettivo 2021-23: potenziamento anche per l'accesso ai servizi sociali comunali.",
    municipalities: 'all',
    providers: ['90000210006'],
    fundingSources: ['fnps'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Servizio di mediazione e facilitazione linguistico-culturale',
      description:
        "Interventi di mediazione linguistico-culturale e laboratori di facilitazione linguistica (italiano L2) per alunni stranieri delle scuole dell'infanzia, primarie e secondarie di primo grado dei Comuni aderenti. Le scuole possono richiedere la mediazione nella prima accoglienza (“pacchetti di accoglienza”), nei colloqui con i genitori, alla consegna dei documenti di valutazione, nelle assemblee di classe, nei colloqui orali dell'esame di terza media e nei percorsi interculturali; i docenti possono attivare consulenze didattiche con una docente facilitatrice. L'investimento è di € 20.000/anno. Nell'anno scolastico 2017/2018: 146 ore di mediazione (105 pacchetti di accoglienza, 31 ore di colloqui con i genitori) e 447 ore di facilitazione con 7 laboratori.",
      target: 'Alunni stranieri neo-arrivati e le loro famiglie, insegnanti, operatori sociali.',
      eligibility: "Scuole dell'infanzia, primarie e secondarie di primo grado dei Comuni aderenti al progetto.",
      howToApply:
        "La scuola richiede l'intervento di mediazione o di facilitazione secondo gli accordi tra scuole e distretto; i docenti possono chiedere una consulenza didattica alla docente facilitatrice.",
      contactOffice: 'Ufficio di Piano – Distretto 4, Cernusco sul Naviglio',
    },
    en: {
      name: 'Language and cultural mediation and facilitation service',
      description:
        'Language and cultural mediation and Italian as a second language (L2) workshops for foreign pupils of nursery, primary and lower secondary schools in the participating comuni. Schools can request mediation at first reception (“welcome packages”), in meetings with parents, when school reports are handed over, in class meetings, in the oral part of the lower-secondary final exam and in intercultural activities; teachers can ask a facilitator teacher for didactic advice. The investment is €20,000/year. In school year 2017/2018: 146 hours of mediation (105 welcome packages, 31 hours of meetings with parents) and 447 hours of language facilitation with 7 workshops.',
      target: 'Newly arrived foreign pupils and their families, teachers, social workers.',
      eligibility: 'Nursery, primary and lower secondary schools of the comuni taking part in the project.',
      howToApply:
        'The school requests mediation or facilitation under the agreements between schools and the district; teachers can ask the facilitator teacher for didactic advice.',
      contactOffice: 'Planning office (Ufficio di Piano) – Distretto 4, Cernusco sul Naviglio',
    },
  },

  // ───────────────────────────── Promozione delle autonomie ─────────────────────────────
  {
    code: 'sad-sadh-adh',
    areaCode: 'promozione-autonomie',
    management: 'associata',
    procurementMode: 'accreditamento',
    status: 'active',
    internalNotes:
      "Accreditamento introdotto dal 2017 con 7 soggetti; dopo la scadenza dell'appalto (settembre 2017) il servizio è proseguito con 9 ditte accreditate. Criticità della prima fase: gli utenti storici hanno preferito il precedente gestore unico; il coordinamento ripartito fra le ditte ha indebolito la progettazione e sovraccaricato gli operatori comunali. Per il nuovo triennio: ampliare l'accreditamento ad altre forme di interventi domiciliari e territoriali, Albo distrettuale degli assistenti familiari, équipe dedicata alla non autosufficienza. Imprese di esempio; albo modellato in accreditations.ts.",
    municipalities: 'all',
    providers: [
      '90000010000',
      '90000020009',
      '90000030008',
      '90000040007',
      '90000050006',
      '90000060005',
      '90000070004',
      '90000080003',
      '90000090002',
    ],
    fundingSources: ['bilanci-comunali', 'fna', 'compartecipazione-utenza'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Assistenza domiciliare SAD/SADH/ADH in accreditamento',
      description:
        "Interventi di assistenza domiciliare a favore di anziani, adulti in difficoltà e persone con disabilità in tutti i Comuni dell'Ambito, per sostenere la permanenza al domicilio delle persone in condizione di fragilità. Il servizio, già gestito in forma associata, funziona dal 2017 con un sistema di accreditamento distrettuale: alla scadenza dell'appalto, a settembre 2017, sono state accreditate 9 ditte, iscritte all'Albo distrettuale dei soggetti accreditati. I Comuni assegnano ai cittadini voucher nominativi e non trasferibili, spendibili presso le imprese accreditate. Un tavolo permanente con le ditte erogatrici monitora il servizio.",
      target: 'Anziani, adulti in difficoltà e persone con disabilità in condizione di fragilità residenti nei 9 Comuni.',
      eligibility:
        "Valutazione sociale del Comune di residenza; accesso e compartecipazione alla spesa secondo il Regolamento generale di accesso ai servizi e compartecipazione alla spesa approvato a livello distrettuale, in base all'ISEE.",
      howToApply:
        "Rivolgersi al servizio sociale del proprio Comune di residenza. Il Comune valuta la richiesta, presenta al cittadino la lista degli enti accreditati iscritti all'Albo distrettuale e il cittadino sceglie liberamente il fornitore. Il Comune emette un voucher nominativo e non trasferibile, spendibile presso l'ente scelto; il cittadino compartecipa alla spesa secondo il Regolamento distrettuale di accesso ai servizi e compartecipazione alla spesa.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'Home care SAD/SADH/ADH by accreditation',
      description:
        'Home care for older people, adults in difficulty and people with disabilities in all comuni of the district, so that fragile people can keep living at home. The service, already run jointly, has worked since 2017 through a district accreditation system: when the tender expired in September 2017, 9 firms were accredited and entered on the district register of accredited providers. The comuni give citizens nominal, non-transferable vouchers to be used with the accredited firms. A standing table with the providers monitors the service.',
      target: 'Fragile older people, adults in difficulty and people with disabilities living in the 9 comuni.',
      eligibility:
        "Social assessment by your comune of residence; access and co-payment follow the district's general regulation on access to services and co-payment, based on ISEE.",
      howToApply:
        "Contact the social service of your comune of residence. The comune assesses the request, shows you the list of providers accredited on the district register and you freely choose one. The comune issues a nominal, non-transferable voucher to be used with the chosen provider; you pay a share of the cost under the district's regulation on access to services and co-payment.",
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'trasporto-sociale',
    areaCode: 'promozione-autonomie',
    management: 'associata',
    procurementMode: 'accreditamento',
    status: 'active',
    yearlyBudget: 450000,
    internalNotes:
      'Introdotto nel 2016 in via sperimentale. Il secondo bando di accreditamento copre luglio 2019 – dicembre 2023, ormai scaduto: il seed modella l’albo rinnovato 2024-2027 (accreditations.ts). Bilanci comunali circa € 450.000/anno. Tavolo permanente con le ditte e monitoraggio della voucherizzazione. Vettori di esempio.',
    municipalities: 'all',
    providers: ['90000100009', '90000110008', '90000120007', '90000130006'],
    fundingSources: ['bilanci-comunali', 'compartecipazione-utenza'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Trasporto sociale in accreditamento',
      description:
        "Servizio distrettuale di trasporto per persone in stato di fragilità socio-economica prive di supporto parentale o relazionale, che non possono raggiungere con risorse proprie le destinazioni sociali e sanitarie di cui hanno bisogno, in modo continuativo o sporadico. Introdotto nel 2016 con accreditamento e voucher, è proseguito con il secondo bando pubblico di accreditamento (luglio 2019 – dicembre 2023): i vettori iscritti all'Albo distrettuale sono 4. I trasporti seguono programmi di servizio personalizzati o di gruppo, ad esempio verso le strutture diurne per disabili del territorio. La spesa a carico dei bilanci comunali è di circa € 450.000/anno, con l'obiettivo di economie di scala nella gestione delle tratte.",
      target:
        'Persone in stato di fragilità socio-economica prive di supporto parentale o relazionale, impossibilitate a raggiungere con risorse proprie le destinazioni sociali e sanitarie.',
      eligibility:
        'Valutazione sociale della richiesta da parte del Comune di residenza; compartecipazione alla spesa secondo il Regolamento generale di accesso ai servizi e compartecipazione alla spesa approvato a livello distrettuale.',
      howToApply:
        "Rivolgersi al servizio sociale del proprio Comune di residenza. Il Comune valuta la richiesta, presenta al cittadino la lista degli enti accreditati iscritti all'Albo distrettuale e il cittadino sceglie liberamente il vettore. Il Comune emette un voucher di servizio nominativo e non trasferibile, spendibile presso l'ente scelto; il cittadino compartecipa alla spesa secondo il Regolamento distrettuale di accesso ai servizi e compartecipazione alla spesa.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'Social transport by accreditation',
      description:
        'District transport service for people in social and economic fragility without family or other support, who cannot reach the social and health destinations they need, regularly or occasionally, on their own. Introduced in 2016 with accreditation and vouchers, it continued with the second public accreditation call (July 2019 – December 2023): 4 carriers are on the district register. Trips follow individual or group service plans, for example to the day facilities for people with disabilities. Municipal budgets spend about €450,000/year, aiming at economies of scale in managing the routes.',
      target:
        'People in social and economic fragility without family or other support, unable to reach social and health destinations on their own.',
      eligibility:
        "Social assessment of the request by your comune of residence; co-payment under the district's general regulation on access to services and co-payment.",
      howToApply:
        "Contact the social service of your comune of residence. The comune assesses the request, shows you the list of carriers accredited on the district register and you freely choose one. The comune issues a nominal, non-transferable service voucher to be used with the chosen carrier; you pay a share of the cost under the district's regulation on access to services and co-payment.",
      contactOffice: 'Social service of your comune of residence',
    },
  },
  {
    code: 'albo-fornitori-servizi-diurni-disabilita',
    areaCode: 'promozione-autonomie',
    management: 'associata',
    procurementMode: 'albo-fornitori',
    status: 'active',
    internalNotes:
      "Albo attivato con bando triennale; date non indicate nel documento. Il documento propone per il 2020 un tavolo sovra-distrettuale per un accreditamento condiviso delle unità d'offerta diurne, in concomitanza con la scadenza dell'albo vigente: il seed modella un albo rinnovato 2025-2027 (accreditations.ts). Enti di esempio.",
    municipalities: 'all',
    providers: ['90000250002', '90000260001', '90000270000'],
    fundingSources: ['bilanci-comunali', 'compartecipazione-utenza'],
    measures: [],
    contactEmail: 'udp@example.org',
    it: {
      name: 'Albo fornitori servizi diurni per persone con disabilità',
      description:
        "Albo distrettuale dei fornitori di servizi diurni per persone con disabilità, attivato con bando triennale. Per l'iscrizione all'albo è richiesta una competenza amministrativa e tecnica nella gestione dei servizi; l'albo definisce anche le procedure di inserimento delle persone che usufruiscono dei servizi. In vista della scadenza dell'albo, il distretto propone un tavolo sovra-distrettuale per un percorso di accreditamento condiviso delle unità d'offerta diurne.",
      target: 'Persone con disabilità residenti nei 9 Comuni e le loro famiglie.',
      eligibility:
        'Valutazione del servizio sociale comunale nel quadro del progetto di vita della persona; compartecipazione alla spesa secondo il Regolamento distrettuale di accesso ai servizi e compartecipazione alla spesa.',
      howToApply:
        "Rivolgersi al servizio sociale del Comune di residenza, che valuta il bisogno e concorda l'inserimento presso un servizio diurno iscritto all'albo secondo le procedure di inserimento previste.",
      contactOffice: 'Servizio sociale del Comune di residenza',
    },
    en: {
      name: 'Register of day-service providers for people with disabilities',
      description:
        'District register of providers of day services for people with disabilities, opened with a three-year call. Providers must show administrative and technical competence in running the services to be listed; the register also sets the procedures for admitting the people who use the services. As the register nears expiry, the district proposes an inter-district table for a shared accreditation path for day-care units.',
      target: 'People with disabilities living in the 9 comuni and their families.',
      eligibility:
        "Assessment by the municipal social service within the person's life project; co-payment under the district's regulation on access to services and co-payment.",
      howToApply:
        'Contact the social service of your comune of residence, which assesses the need and arranges admission to a day service on the register according to the admission procedures.',
      contactOffice: 'Social service of your comune of residence',
    },
  },
];
