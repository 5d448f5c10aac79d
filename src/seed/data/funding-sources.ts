import type { SeedFundingSource } from '../types';

/** Funding sources named in the programming document (resources columns of the section 1 tables, sections 2 and 3). */
export const fundingSources: SeedFundingSource[] = [
  {
    code: 'fnps',
    level: 'nazionale',
    it: {
      name: 'Fondo Nazionale Politiche Sociali (FNPS)',
      description:
        "Fondo statale ripartito alle Regioni e da queste agli Ambiti (L. 328/2000). Nel Distretto 4 finanzia tra l'altro il SAIL (€ 270.000/anno), il segretariato sociale e il Servizio Integrato Minori e Famiglia.",
    },
    en: {
      name: 'National Fund for Social Policies (FNPS)',
      description:
        'State fund allocated to the Regions and by them to the districts (Law 328/2000). In Distretto 4 it funds, among others, SAIL (€270,000/year), the social front desk and the integrated service for minors and families.',
    },
  },
  {
    code: 'fondo-sociale-regionale',
    level: 'regionale',
    it: {
      name: 'Fondo Sociale Regionale (FSR)',
      description:
        "Fondo di Regione Lombardia per il sostegno delle unità d'offerta sociali, ripartito agli Ambiti. Citato tra le risorse della rete territoriale disabilità e del programma PIPPI.",
    },
    en: {
      name: 'Regional Social Fund (FSR)',
      description:
        'Regione Lombardia fund supporting social care units, allocated to the districts. Listed among the resources of the local disability network and of the PIPPI programme.',
    },
  },
  {
    code: 'pon-inclusione',
    level: 'europeo',
    it: {
      name: 'PON Inclusione (Fondo Sociale Europeo)',
      description:
        'Programma operativo nazionale cofinanziato dal Fondo Sociale Europeo per il rafforzamento dei servizi di inclusione sociale. Indicato tra le risorse del segretariato sociale.',
    },
    en: {
      name: 'PON Inclusione (European Social Fund)',
      description:
        'National operational programme co-funded by the European Social Fund to strengthen social inclusion services. Listed among the resources of the social front desk.',
    },
  },
  {
    code: 'fondo-poverta',
    level: 'nazionale',
    it: {
      name: 'Quota servizi Fondo Povertà',
      description:
        'Quota del Fondo nazionale per la lotta alla povertà destinata al rafforzamento dei servizi sociali e dei percorsi di inclusione dei beneficiari delle misure di sostegno al reddito (Piano nazionale di contrasto alla povertà).',
    },
    en: {
      name: 'Poverty Fund – services share',
      description:
        'Share of the national Poverty Fund that strengthens social services and the inclusion paths of income-support beneficiaries (national plan against poverty).',
    },
  },
  {
    code: 'fna',
    level: 'nazionale',
    it: {
      name: 'Fondo Nazionale per le Non Autosufficienze (FNA)',
      description:
        'Fondo statale per le persone non autosufficienti e i loro caregiver, attuato in Lombardia con le misure B1 e B2. Il documento cita i "fondi per la non autosufficienza" tra le risorse della domiciliarità e della misura B2.',
    },
    en: {
      name: 'National Fund for Non-Self-Sufficiency (FNA)',
      description:
        'State fund for non-self-sufficient people and their caregivers, implemented in Lombardy through measures B1 and B2. The document lists "funds for non-self-sufficiency" among the resources of home care and of measure B2.',
    },
  },
  {
    code: 'fondo-dopo-di-noi',
    level: 'nazionale',
    it: {
      name: 'Fondo Dopo di Noi (L. 112/2016)',
      description:
        "Fondo per l'assistenza alle persone con disabilità grave prive del sostegno familiare. Con la DGR 6674/2017 il Distretto 4 ha ricevuto € 255.748,99 per gli anni 2018-2019.",
    },
    en: {
      name: '"Dopo di Noi" Fund (Law 112/2016)',
      description:
        'Fund for people with severe disabilities without family support. Under regional resolution DGR 6674/2017 Distretto 4 received €255,748.99 for 2018-2019.',
    },
  },
  {
    code: 'bilanci-comunali',
    level: 'comunale',
    it: {
      name: 'Bilanci comunali',
      description:
        "Risorse proprie dei 9 Comuni dell'Ambito, ad esempio circa € 450.000/anno per il trasporto sociale, oltre alle quote per le borse lavoro del SAIL.",
    },
    en: {
      name: 'Municipal budgets',
      description:
        "The 9 comuni's own resources, for example about €450,000/year for social transport, besides the work grants of SAIL.",
    },
  },
  {
    code: 'compartecipazione-utenza',
    level: 'privato',
    it: {
      name: 'Compartecipazione alla spesa degli utenti',
      description:
        "Quota a carico dei cittadini secondo il Regolamento generale di accesso ai servizi e compartecipazione alla spesa approvato da tutti i Consigli comunali dell'Ambito, sulla base dell'ISEE.",
    },
    en: {
      name: "Users' co-payment",
      description:
        "The citizens' share of the cost under the district's general regulation on access to services and co-payment, approved by all 9 municipal councils, based on ISEE.",
    },
  },
  {
    code: 'risorse-terzo-settore',
    level: 'privato',
    it: {
      name: 'Risorse del Terzo Settore',
      description:
        "Risorse economiche proprie degli enti del Terzo Settore, ad esempio per l'avvio e la messa a regime del Condominio Solidale e per i nuovi progetti residenziali e diurni per la disabilità.",
    },
    en: {
      name: 'Third-sector resources',
      description:
        "Third-sector organisations' own resources, for example for starting up the Condominio Solidale and for new residential and day projects for disability.",
    },
  },
  {
    code: 'fondazione-cariplo',
    level: 'privato',
    it: {
      name: 'Fondazione Cariplo',
      description:
        "Fondazione di origine bancaria che ha cofinanziato negli anni 2015/2016 il progetto di housing diffuso Abitando s'Impara con un contributo di € 137.000.",
    },
    en: {
      name: 'Fondazione Cariplo',
      description:
        'Banking foundation that co-funded the scattered-housing project "Abitando s\'Impara" in 2015/2016 with a €137,000 grant.',
    },
  },
  {
    code: 'regione-lombardia',
    level: 'regionale',
    it: {
      name: 'Contributi di Regione Lombardia',
      description:
        "Finanziamenti regionali su bandi e DGR specifiche: emergenza abitativa (fondi regionali distrettuali € 127.000 per l'housing), rete antiviolenza V.I.O.L.A., Misura 6, voucher autonomia.",
    },
    en: {
      name: 'Regione Lombardia grants',
      description:
        'Regional funding under specific calls and resolutions: housing emergency (€127,000 of district regional funds for housing), the V.I.O.L.A. anti-violence network, Measure 6, autonomy vouchers.',
    },
  },
  {
    code: 'ministero-interno',
    level: 'nazionale',
    it: {
      name: "Ministero dell'Interno – accoglienza SPRAR",
      description:
        'Finanziamento ministeriale dei progetti di accoglienza per richiedenti asilo e rifugiati ai sensi del Decreto 10 agosto 2016. Il progetto distrettuale è stato presentato ed è in attesa di finanziamento.',
    },
    en: {
      name: 'Ministry of the Interior – SPRAR reception',
      description:
        'Ministerial funding of reception projects for asylum seekers and refugees under the Decree of 10 August 2016. The district project has been submitted and awaits funding.',
    },
  },
  {
    code: 'fondo-pippi',
    level: 'nazionale',
    it: {
      name: 'Fondo ministeriale programma P.I.P.P.I.',
      description:
        "Finanziamento del Ministero del Lavoro e delle Politiche Sociali per il Programma di Intervento Per la Prevenzione dell'Istituzionalizzazione, citato tra le risorse del Servizio Integrato Minori e Famiglia.",
    },
    en: {
      name: 'Ministerial fund for the P.I.P.P.I. programme',
      description:
        'Ministry of Labour and Social Policies funding for the programme to prevent the institutionalisation of children, listed among the resources of the integrated service for minors and families.',
    },
  },
];
