import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import italianMessages from 'ra-language-italian';
import { deepMerge, pickKnown } from './deepMerge';
import { copaymentIt } from './copayment.it';
import { formsIt } from './forms.it';
import { workflowsIt } from './workflows.it';
import { governanceIt } from './governance.it';
import { casesIt } from './cases.it';
import { observatoryIt } from './observatory.it';
import { casePathIt } from './casePath.it';
import { raItalianCompletion } from './raItalianCompletion';

/** The console's own messages in Italian; ./en.ts must have exactly the same keys. */
export const ambitoIt = {
  ambito: {
    title: 'Ambito – Ufficio di Piano',
    publicCatalogue: 'Catalogo pubblico dei servizi',
    contentLocale: {
      label: 'Lingua dei contenuti',
      it: 'Italiano',
      en: 'Inglese',
      itContent: 'Contenuti in italiano',
      enContent: 'Contenuti in inglese',
      missing:
        'La versione in %{language} non esiste ancora: i campi partono dai testi italiani. Salvando si crea la traduzione.',
      missingShow: 'La versione in %{language} non esiste ancora: sono mostrati i testi italiani.',
      shared: 'Comune a tutte le lingue: si modifica nella versione italiana',
    },
    tabs: {
      general: 'Dati generali',
      texts: 'Testi per i cittadini',
      relations: 'Comuni, enti e fonti',
      lots: 'Lotti',
      contacts: 'Contatti',
      internal: 'Budget e note interne',
      accreditations: 'Accreditamenti',
      services: 'Servizi',
    },
    validation: {
      code: 'Solo lettere minuscole, cifre e trattini',
      istatCode: 'Sei cifre',
      cadastralCode: 'Una lettera maiuscola e tre cifre (es. H501)',
    },
    exampleData: 'Dati di esempio',
    exampleDataHint: 'Ente fittizio, caricato per la dimostrazione',
    layout: {
      loading: 'Caricamento in corso',
      menu: 'Menu principale',
      groups: {
        home: 'Inizio',
        catalogue: 'Catalogo',
        cases: 'Cartelle',
        forms: 'Moduli e percorsi',
        governance: 'Governance',
        copayment: 'Quote e tariffe',
        observatory: 'Osservatorio',
        administration: 'Amministrazione',
      },
    },
    home: {
      work: 'Da fare',
      openTasks: 'Compiti aperti',
      openTasksCount: '%{smart_count} compito aperto |||| %{smart_count} compiti aperti',
      overdueTasks: 'Compiti scaduti',
      pendingReferrals: 'Invii in attesa di risposta',
      issuedVouchers: 'Voucher da utilizzare',
      minutesInReview: 'Verbali in revisione',
      publishedMinutes: 'Verbali pubblicati',
      ofWhichOverdue: 'di cui %{smart_count} scaduto |||| di cui %{smart_count} scaduti',
      tasksDue: 'Compiti in scadenza entro %{days} giorni',
      referralsToAccept: 'Invii da accettare',
      minutesToReview: 'Verbali da rivedere',
      overdueByService: 'Passaggi in ritardo, per flusso e servizio',
      noOverdue: 'Nessun passaggio in ritardo.',
      overdueCount: '%{smart_count} in ritardo',
      allInstances: 'Tutte le istanze dei flussi',
      bodiesWithIssues: 'Organismi con problemi di composizione',
      expiringAccreditations: 'Accreditamenti in scadenza entro %{days} giorni',
      indicatorsWithoutValue: 'Indicatori senza il valore del %{year}',
      draftForms: 'Moduli in bozza',
      myCases: 'Le mie cartelle per urgenza',
      noCases: 'Nessuna cartella in corso a tuo carico.',
      allCases: 'Tutte le cartelle',
      overdueSince: 'Scaduto il %{date}',
      dueBy: 'Entro il %{date}',
      nextMeetings: 'Prossime sedute',
      noMeetings: 'Nessuna seduta in programma.',
      calendar: 'Tutte le sedute',
    },
    profile: {
      menu: 'Il mio profilo',
      title: 'Il mio profilo',
      signedInAs: 'Accesso come %{name}',
      mailTitle: 'Avvisi per e-mail',
      mailHint: 'Scegli quali avvisi ricevere anche per e-mail. Gli avvisi restano comunque visibili nella console.',
      save: 'Salva le preferenze',
      saved: 'Preferenze e-mail salvate',
      notSaved: 'Le preferenze non sono state salvate: riprova',
      notLoaded: 'Le preferenze non si possono leggere ora: riprova più tardi',
      notConfigured: 'Le e-mail non sono configurate: gli avvisi sono scritti nel registro del server e non arrivano a nessuno.',
    },
    dashboard: {
      welcome: 'Benvenuto, %{name}',
      role: 'Ruolo',
      municipalities: 'Comuni',
      allMunicipalities: "Tutti i comuni dell'Ambito",
      noMunicipalities: 'Nessun comune assegnato',
      provider: 'Ente gestore',
      catalogue: 'Il catalogo',
      readOnly: 'Puoi consultare il catalogo; le modifiche spettano all’Ufficio di Piano.',
      canEdit: 'Puoi configurare il catalogo: servizi, enti, accreditamenti e tabelle di riferimento.',
    },
  },
  roles: {
    udp: 'Ufficio di Piano',
    operator: 'Operatore comunale',
    provider: 'Ente gestore',
    'table-member': 'Membro di tavolo',
  },
  enums: {
    procurementMode: {
      appalto: 'Appalto',
      accreditamento: 'Accreditamento',
      'albo-fornitori': 'Albo fornitori',
      'co-progettazione': 'Co-progettazione',
      convenzione: 'Convenzione',
      'gestione-diretta': 'Gestione diretta',
    },
    management: {
      associata: 'Gestione associata',
      comunale: 'Gestione comunale',
    },
    status: {
      active: 'Attivo',
      planned: 'Programmato',
      suspended: 'Sospeso',
      closed: 'Chiuso',
      revoked: 'Revocato',
      expired: 'Scaduto',
    },
    legalForm: {
      'cooperativa-sociale': 'Cooperativa sociale',
      associazione: 'Associazione',
      fondazione: 'Fondazione',
      impresa: 'Impresa',
      'ati-rti': 'ATI/RTI',
      consorzio: 'Consorzio',
      'ente-pubblico': 'Ente pubblico',
      altro: 'Altro',
    },
    level: {
      europeo: 'Europeo',
      nazionale: 'Nazionale',
      regionale: 'Regionale',
      distrettuale: 'Distrettuale',
      comunale: 'Comunale',
      privato: 'Privato',
    },
    familyServiceZone: {
      zona1: 'Zona 1',
      zona2: 'Zona 2',
    },
  },
  resources: {
    services: {
      name: 'Servizio |||| Servizi',
      fields: {
        id: 'Identificativo',
        code: 'Codice',
        codeHint: 'Proposto dal nome; lettere minuscole, cifre e trattini, resta fisso nei collegamenti',
        name: 'Nome',
        description: 'Descrizione',
        area: 'Area',
        management: 'Gestione',
        procurementMode: 'Modalità di affidamento',
        target: 'Destinatari',
        eligibility: 'Requisiti di accesso',
        howToApply: 'Come fare domanda',
        municipalities: 'Comuni',
        providers: 'Enti gestori',
        fundingSources: 'Fonti di finanziamento',
        measures: 'Misure',
        yearlyBudget: 'Budget annuale (€)',
        internalNotes: 'Note interne',
        status: 'Stato',
        contactEmail: 'Email di contatto',
        contactPhone: 'Telefono di contatto',
        contactOffice: 'Ufficio di riferimento',
        lots: 'Lotti',
        lotName: 'Nome del lotto',
        lotScope: 'Oggetto del lotto',
        accreditations: 'Accreditamenti',
        q: 'Cerca',
        updatedAt: 'Ultima modifica',
      },
    },
    providers: {
      name: 'Ente gestore |||| Enti gestori',
      fields: {
        id: 'Identificativo',
        name: 'Denominazione',
        legalForm: 'Forma giuridica',
        vatNumber: 'Partita IVA',
        fiscalCode: 'Codice fiscale',
        address: 'Indirizzo',
        city: 'Città',
        email: 'Email',
        phone: 'Telefono',
        website: 'Sito web',
        thirdSector: 'Ente del Terzo settore',
        exampleData: 'Dati di esempio',
        services: 'Servizi',
        accreditations: 'Accreditamenti',
        q: 'Cerca',
      },
    },
    accreditations: {
      name: 'Accreditamento |||| Accreditamenti',
      fields: {
        id: 'Identificativo',
        provider: 'Ente gestore',
        service: 'Servizio',
        register: 'Albo',
        validFrom: 'Valido dal',
        validTo: 'Valido fino al',
        status: 'Stato',
      },
    },
    municipalities: {
      name: 'Comune |||| Comuni',
      fields: {
        id: 'Identificativo',
        name: 'Nome',
        istatCode: 'Codice ISTAT',
        cadastralCode: 'Codice catastale',
        familyServiceZone: 'Zona del servizio famiglia',
        population: 'Popolazione',
        populationDate: 'Popolazione al',
        q: 'Cerca',
      },
    },
    areas: {
      name: 'Area |||| Aree',
      fields: {
        id: 'Identificativo',
        code: 'Codice',
        name: 'Nome',
        description: 'Descrizione',
        legacy: 'Non più in uso',
        services: 'Servizi',
        q: 'Cerca',
      },
    },
    'funding-sources': {
      name: 'Fonte di finanziamento |||| Fonti di finanziamento',
      fields: {
        id: 'Identificativo',
        code: 'Codice',
        name: 'Nome',
        level: 'Livello',
        description: 'Descrizione',
        q: 'Cerca',
      },
    },
    measures: {
      name: 'Misura |||| Misure',
      fields: {
        id: 'Identificativo',
        code: 'Codice',
        name: 'Nome',
        level: 'Livello',
        legalBasis: 'Base normativa',
        description: 'Descrizione',
        fundingSources: 'Fonti di finanziamento',
        q: 'Cerca',
      },
    },
  },
};

/** The structure of the console's messages, whatever the language. */
export type AmbitoMessages = Translations<typeof ambitoIt>;
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

/**
 * Italian: react-admin's English as the base, ra-language-italian over it (without the react-admin 3
 * keys that no longer exist), its gaps filled, then the console's messages.
 */
const italian = deepMerge<TranslationMessages & typeof ambitoIt>(
  englishMessages,
  pickKnown(italianMessages, englishMessages),
  raItalianCompletion,
  ambitoIt,
  formsIt,
  copaymentIt,
  workflowsIt,
  governanceIt,
  casesIt,
  observatoryIt,
  casePathIt
);

export default italian;
