import type { SeedArea } from '../types';

/**
 * Areas of intervention. The 2018-2020 programme groups interventions by type of need (sections 4.1 and 5);
 * the 2015-2017 evaluation (section 1) used the older, age-based areas, kept here as legacy.
 */
export const areas: SeedArea[] = [
  {
    code: 'contrasto-poverta',
    legacy: false,
    it: {
      name: 'Contrasto alla povertà',
      description:
        'Interventi per prevenire lo scivolamento in condizioni di povertà e fragilità sociale: inserimento lavorativo, housing e politiche abitative, misure nazionali di sostegno al reddito. Comprende anche accoglienza di richiedenti asilo e mediazione linguistico-culturale.',
    },
    en: {
      name: 'Fighting poverty',
      description:
        'Interventions that prevent people from sliding into poverty and social fragility: work inclusion, housing and housing policies, national income-support measures. It also covers reception of asylum seekers and language and cultural mediation.',
    },
  },
  {
    code: 'benessere-familiare',
    legacy: false,
    it: {
      name: 'Promozione del benessere familiare',
      description:
        'Sostegno alle famiglie e tutela dei minori attraverso il Servizio Integrato Minori e Famiglia, le reti di famiglie solidali e il programma PIPPI. Comprende la rete antiviolenza e la conciliazione dei tempi di vita e di lavoro.',
    },
    en: {
      name: 'Promoting family well-being',
      description:
        'Support to families and protection of children through the integrated service for minors and families, networks of supportive families and the PIPPI programme. It also covers the anti-violence network and work-life balance.',
    },
  },
  {
    code: 'promozione-autonomie',
    legacy: false,
    it: {
      name: 'Promozione delle autonomie',
      description:
        'Servizi per la domiciliarità, la disabilità e la non autosufficienza, costruiti attorno al progetto di vita della persona. Comprende assistenza domiciliare e trasporto sociale in accreditamento e i servizi diurni per persone con disabilità.',
    },
    en: {
      name: 'Promoting autonomy',
      description:
        "Services for living at home, disability and non-self-sufficiency, built around the person's life project. It covers home care and social transport by accreditation and day services for people with disabilities.",
    },
  },
  {
    code: 'azioni-trasversali',
    legacy: false,
    it: {
      name: 'Azioni trasversali',
      description:
        "Funzioni comuni a tutte le aree: il segretariato sociale come porta unica di accesso, la cartella sociale informatizzata e le funzioni delegate da ATS per l'accreditamento e la messa in esercizio delle unità d'offerta sociali.",
    },
    en: {
      name: 'Cross-cutting actions',
      description:
        'Functions shared by all areas: the social front desk as the single access point, the digital social case file, and the functions delegated by ATS for the accreditation and start of operation of social care units.',
    },
  },
  {
    code: 'minori-famiglie',
    legacy: true,
    it: {
      name: 'Minori e famiglie',
      description:
        'Area della programmazione 2015-2017 dedicata alla presa in carico delle famiglie con figli minori, al servizio tutela e al diritto di visita. Confluita nella Promozione del benessere familiare.',
    },
    en: {
      name: 'Minors and families',
      description:
        'Area of the 2015-2017 programme for taking charge of families with children, child protection and the right of visit. Merged into Promoting family well-being.',
    },
  },
  {
    code: 'disabilita',
    legacy: true,
    it: {
      name: 'Disabilità',
      description:
        "Area della programmazione 2015-2017 dedicata alla rete dei servizi per persone con disabilità, al Dopo di Noi e all'assistenza educativa scolastica. Confluita nella Promozione delle autonomie.",
    },
    en: {
      name: 'Disability',
      description:
        'Area of the 2015-2017 programme for the network of services for people with disabilities, the "Dopo di Noi" (after parents) measures and educational assistance at school. Merged into Promoting autonomy.',
    },
  },
  {
    code: 'anziani-non-autosufficienza',
    legacy: true,
    it: {
      name: 'Anziani e non autosufficienza',
      description:
        'Area della programmazione 2015-2017 dedicata alla domiciliarità (SAD/SADH), al trasporto sociale e alle misure regionali per la non autosufficienza. Confluita nella Promozione delle autonomie.',
    },
    en: {
      name: 'Older people and non-self-sufficiency',
      description:
        'Area of the 2015-2017 programme for home care (SAD/SADH), social transport and the regional measures for non-self-sufficiency. Merged into Promoting autonomy.',
    },
  },
  {
    code: 'lavoro-politiche-abitative',
    legacy: true,
    it: {
      name: 'Lavoro, occupazione e politiche abitative',
      description:
        "Area della programmazione 2015-2017 dedicata all'accompagnamento al lavoro delle persone fragili e al sostegno all'abitare. Confluita nel Contrasto alla povertà.",
    },
    en: {
      name: 'Work, employment and housing policies',
      description:
        'Area of the 2015-2017 programme for supporting vulnerable people into work and for housing support. Merged into Fighting poverty.',
    },
  },
  {
    code: 'richiedenti-asilo-migrazione',
    legacy: true,
    it: {
      name: 'Richiedenti asilo e politiche per la migrazione',
      description:
        "Area della programmazione 2015-2017 dedicata alla mediazione linguistico-culturale nelle scuole e all'accoglienza di rifugiati e richiedenti asilo (CAS e SPRAR). Confluita nel Contrasto alla povertà.",
    },
    en: {
      name: 'Asylum seekers and migration policies',
      description:
        'Area of the 2015-2017 programme for language and cultural mediation in schools and the reception of refugees and asylum seekers (CAS and SPRAR). Merged into Fighting poverty.',
    },
  },
];
