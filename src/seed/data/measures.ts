import type { SeedMeasure } from '../types';

/**
 * National and regional measures whose realisation and reporting the Ambito manages jointly
 * (section 3 of the programming document). fundingSources are codes of funding-sources.ts.
 */
export const measures: SeedMeasure[] = [
  {
    code: 'piano-poverta',
    level: 'nazionale',
    legalBasis: 'D.Lgs. 147/2017 – Piano nazionale di contrasto alla povertà',
    fundingSources: ['fondo-poverta'],
    it: {
      name: 'Piano nazionale di contrasto alla povertà',
      description:
        "Il Piano nazionale richiede la gestione associata della realizzazione e rendicontazione degli interventi. L'Ambito lo declina nel Piano locale di contrasto alla povertà: un nuovo assetto di presa in carico dei beneficiari in raccordo con i servizi sociali comunali, percorsi di educazione finanziaria, gruppi per famiglie con bambini entro i mille giorni di vita e il potenziamento della mediazione linguistico-culturale.",
    },
    en: {
      name: 'National plan against poverty',
      description:
        'The national plan requires joint management of delivery and reporting. The district implements it through its local plan against poverty: a new way of taking charge of beneficiaries together with the municipal social services, financial education paths, groups for families with children in their first thousand days, and stronger language and cultural mediation.',
    },
  },
  {
    code: 'reddito-di-cittadinanza',
    level: 'nazionale',
    legalBasis: 'D.L. 4/2019, convertito dalla L. 26/2019',
    fundingSources: ['fondo-poverta', 'pon-inclusione'],
    it: {
      name: 'Reddito di Cittadinanza',
      description:
        "Misura nazionale di sostegno al reddito. L'Ambito gestisce i percorsi del Patto per l'inclusione sociale e i Progetti utili alla collettività (PUC), costruiti in sinergia con la rete del terzo settore, con una metodologia condivisa di valutazione e progettazione dei piani individualizzati. I beneficiari possono essere inseriti nei percorsi di tipo C del SAIL. Dal 2024 la misura è stata sostituita a livello nazionale dall'Assegno di inclusione.",
    },
    en: {
      name: 'Citizenship Income (Reddito di Cittadinanza)',
      description:
        "National income-support measure. The district manages the social inclusion pacts (Patto per l'inclusione sociale) and the community service projects (PUC), built with the third-sector network and a shared method for assessing needs and designing individual plans. Beneficiaries can join SAIL's type C paths. Since 2024 the measure has been replaced nationally by the Assegno di inclusione.",
    },
  },
  {
    code: 'pon-inclusione',
    level: 'nazionale',
    legalBasis: 'PON Inclusione 2014-2020 (FSE)',
    fundingSources: ['pon-inclusione'],
    it: {
      name: 'Attività finanziate dal PON Inclusione',
      description:
        'Interventi di rafforzamento dei servizi sociali e di presa in carico finanziati dal Programma operativo nazionale Inclusione. Nel Distretto 4 il PON è indicato tra le risorse del servizio di segretariato sociale.',
    },
    en: {
      name: 'Activities funded by PON Inclusione',
      description:
        'Strengthening of social services and case management funded by the national operational programme for inclusion. In Distretto 4 the programme is listed among the resources of the social front desk.',
    },
  },
  {
    code: 'emergenza-abitativa',
    level: 'regionale',
    legalBasis: 'DGR di Regione Lombardia per le emergenze abitative',
    fundingSources: ['regione-lombardia', 'bilanci-comunali'],
    it: {
      name: "Misure a sostegno dell'emergenza abitativa",
      description:
        "Contributi regionali per chi è in difficoltà a causa di sfratto o di un'emergenza temporanea: contributi per coprire i debiti di locazione e per reperire nuove locazioni, accoglienze temporanee in housing. La gestione prosegue in collaborazione con i soggetti del terzo settore del territorio.",
    },
    en: {
      name: 'Housing emergency measures',
      description:
        'Regional contributions for people in difficulty because of an eviction or a temporary emergency: grants covering rent arrears and finding new tenancies, temporary housing placements. Management continues in partnership with local third-sector organisations.',
    },
  },
  {
    code: 'voucher-autonomia',
    level: 'regionale',
    fundingSources: ['regione-lombardia'],
    it: {
      name: 'Voucher autonomia per anziani e disabili',
      description:
        "Misura regionale per l'autonomia delle persone anziane e con disabilità, realizzata in integrazione con ATS e ASST. Nel triennio 2015-2017 sono state realizzate tutte le attività previste, utilizzando tutte le risorse a disposizione.",
    },
    en: {
      name: 'Autonomy voucher for older and disabled people',
      description:
        'Regional measure for the autonomy of older people and people with disabilities, run together with ATS and ASST. In 2015-2017 all planned activities were carried out and all available resources were used.',
    },
  },
  {
    code: 'dopo-di-noi',
    level: 'nazionale',
    legalBasis: 'L. 112/2016; DGR Lombardia 6674/2017',
    fundingSources: ['fondo-dopo-di-noi'],
    it: {
      name: 'Dopo di Noi (L. 112/2016)',
      description:
        "Interventi per persone con disabilità grave prive del sostegno familiare. Con la DGR 6674/2017 il Distretto 4 ha ricevuto € 255.748,99 per gli anni 2018-2019: il 75% alle misure gestionali di accompagnamento all'autonomia (50 progetti per 37 cittadini), il 15% alla residenzialità con ente gestore (5 progetti per 4 cittadini), il restante 10% alle misure strutturali e di pronto intervento/sollievo (4 cittadini). A differenza degli altri distretti di ATS, il Distretto 4 ha impegnato la totalità del fondo. In precedenza erano stati erogati voucher per tutta la disponibilità (circa € 179.400 per il 2016 e € 75.000 per il 2017): 56 domande, 41 finanziate.",
    },
    en: {
      name: 'After Us ("Dopo di Noi", Law 112/2016)',
      description:
        'Support for people with severe disabilities without family support. Under DGR 6674/2017 Distretto 4 received €255,748.99 for 2018-2019: 75% went to management measures supporting autonomy (50 projects for 37 citizens), 15% to residential care with a provider (5 projects for 4 citizens), the remaining 10% to structural and emergency/respite measures (4 citizens). Unlike the other ATS districts, Distretto 4 committed the whole fund. Earlier, vouchers had been issued for the whole allocation (about €179,400 for 2016 and €75,000 for 2017): 56 applications, 41 funded.',
    },
  },
  {
    code: 'misura-6',
    level: 'regionale',
    legalBasis: 'DGR Lombardia 7424/2016 – Misura 6',
    fundingSources: ['regione-lombardia'],
    it: {
      name: 'Misura 6 – minori vittime di maltrattamento e abuso',
      description:
        "Misura regionale a sostegno degli interventi per minori vittime di maltrattamento e abuso collocati presso strutture educative. L'Ufficio di Piano ha partecipato ai tavoli di studio promossi da ATS con le ASST e gli Uffici di Piano.",
    },
    en: {
      name: 'Measure 6 – children victims of maltreatment and abuse',
      description:
        'Regional measure supporting interventions for children who are victims of maltreatment and abuse and are placed in residential educational facilities. The planning office took part in the study groups promoted by ATS with the ASSTs and the other planning offices.',
    },
  },
  {
    code: 'misura-b2',
    level: 'regionale',
    legalBasis: 'Misura B2 – Fondo Nazionale per le Non Autosufficienze, Regione Lombardia',
    fundingSources: ['fna'],
    it: {
      name: 'Misura B2 – sostegno ai caregiver',
      description:
        'Misura regionale per la non autosufficienza a sostegno dei caregiver di persone anziane e con disabilità, gestita in integrazione con ATS e ASST. I bandi sono stati regolarmente attivati e tutto il budget messo a disposizione da Regione per il distretto è stato erogato nel triennio per piani individualizzati di assistenza e cura.',
    },
    en: {
      name: 'Measure B2 – caregiver support',
      description:
        'Regional non-self-sufficiency measure supporting the caregivers of older people and people with disabilities, run together with ATS and ASST. The calls were opened regularly and the whole budget the Region made available to the district was paid out over the three years for individual care plans.',
    },
  },
  {
    code: 'fondo-sociale-regionale',
    level: 'regionale',
    fundingSources: ['fondo-sociale-regionale'],
    it: {
      name: 'Fondo Sociale Regionale',
      description:
        "Riparto annuale del Fondo Sociale Regionale, che l'Ambito gestisce in forma associata per la realizzazione e la rendicontazione dei contributi alle unità d'offerta sociali del territorio.",
    },
    en: {
      name: 'Regional Social Fund',
      description:
        "Yearly allocation of the Regional Social Fund, which the district manages jointly to deliver and report the contributions to the area's social care units.",
    },
  },
];
