import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { deepMerge } from './deepMerge';
import { copaymentEn } from './copayment.en';
import { formsEn } from './forms.en';
import { workflowsEn } from './workflows.en';
import { governanceEn } from './governance.en';
import { casesEn } from './cases.en';
import { observatoryEn } from './observatory.en';
import { casePathEn } from './casePath.en';
import type { AmbitoMessages } from './it';

/** The console's own messages in English: same keys as ./it.ts (the type checks it). */
export const ambitoEn: AmbitoMessages = {
  ambito: {
    title: 'Ambito – District planning office',
    contentLocale: {
      label: 'Content language',
      it: 'Italian',
      en: 'English',
      itContent: 'Italian content',
      enContent: 'English content',
      missing:
        'There is no %{language} version yet: the fields start from the Italian texts. Saving creates the translation.',
      missingShow: 'There is no %{language} version yet: the Italian texts are shown.',
      shared: 'Shared by all languages: edit it in the Italian version',
    },
    tabs: {
      general: 'General',
      texts: 'Texts for citizens',
      relations: 'Municipalities, providers and funding',
      lots: 'Lots',
      contacts: 'Contacts',
      internal: 'Budget and internal notes',
      accreditations: 'Accreditations',
      services: 'Services',
    },
    validation: {
      code: 'Lower-case letters, digits and hyphens only',
      istatCode: 'Six digits',
      cadastralCode: 'One capital letter and three digits (e.g. H501)',
    },
    exampleData: 'Example data',
    exampleDataHint: 'Fictitious provider, loaded for the demonstration',
    layout: {
      loading: 'Loading',
      menu: 'Main menu',
      groups: {
        home: 'Home',
        catalogue: 'Catalogue',
        cases: 'Case files',
        forms: 'Forms and workflows',
        governance: 'Governance',
        copayment: 'Co-payments and tariffs',
        observatory: 'Observatory',
        administration: 'Administration',
      },
    },
    home: {
      work: 'To do',
      openTasks: 'Open tasks',
      overdueTasks: 'Overdue tasks',
      pendingReferrals: 'Referrals awaiting an answer',
      issuedVouchers: 'Vouchers to redeem',
      minutesInReview: 'Minutes in review',
      publishedMinutes: 'Published minutes',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      role: 'Role',
      municipalities: 'Municipalities',
      allMunicipalities: 'All the municipalities of the district',
      noMunicipalities: 'No municipality assigned',
      provider: 'Provider',
      catalogue: 'The catalogue',
      readOnly: 'You can browse the catalogue; changes are made by the Ufficio di Piano.',
      canEdit: 'You can configure the catalogue: services, providers, accreditations and reference tables.',
    },
  },
  roles: {
    udp: 'Ufficio di Piano (district planning office)',
    operator: 'Municipal social worker',
    provider: 'Provider staff',
    'table-member': 'Governance table member',
  },
  enums: {
    procurementMode: {
      appalto: 'Tender',
      accreditamento: 'Accreditation',
      'albo-fornitori': 'Supplier register',
      'co-progettazione': 'Co-design',
      convenzione: 'Agreement',
      'gestione-diretta': 'Direct management',
    },
    management: {
      associata: 'District-wide (joint)',
      comunale: 'By the municipality',
    },
    status: {
      active: 'Active',
      planned: 'Planned',
      suspended: 'Suspended',
      closed: 'Closed',
      revoked: 'Revoked',
      expired: 'Expired',
    },
    legalForm: {
      'cooperativa-sociale': 'Social cooperative',
      associazione: 'Association',
      fondazione: 'Foundation',
      impresa: 'Company',
      'ati-rti': 'Temporary consortium (ATI/RTI)',
      consorzio: 'Consortium',
      'ente-pubblico': 'Public body',
      altro: 'Other',
    },
    level: {
      europeo: 'European',
      nazionale: 'National',
      regionale: 'Regional',
      distrettuale: 'District',
      comunale: 'Municipal',
      privato: 'Private',
    },
    familyServiceZone: {
      zona1: 'Zone 1',
      zona2: 'Zone 2',
    },
  },
  resources: {
    services: {
      name: 'Service |||| Services',
      fields: {
        id: 'Identifier',
        code: 'Code',
        codeHint: 'Proposed from the name; lower-case letters, digits and hyphens, it stays fixed in links',
        name: 'Name',
        description: 'Description',
        area: 'Area',
        management: 'Management',
        procurementMode: 'Procurement mode',
        target: 'Who it is for',
        eligibility: 'Eligibility',
        howToApply: 'How to apply',
        municipalities: 'Municipalities',
        providers: 'Providers',
        fundingSources: 'Funding sources',
        measures: 'Measures',
        yearlyBudget: 'Yearly budget (€)',
        internalNotes: 'Internal notes',
        status: 'Status',
        contactEmail: 'Contact email',
        contactPhone: 'Contact phone',
        contactOffice: 'Contact office',
        lots: 'Lots',
        lotName: 'Lot name',
        lotScope: 'Lot scope',
        accreditations: 'Accreditations',
        q: 'Search',
        updatedAt: 'Last modified',
      },
    },
    providers: {
      name: 'Provider |||| Providers',
      fields: {
        id: 'Identifier',
        name: 'Name',
        legalForm: 'Legal form',
        vatNumber: 'VAT number',
        fiscalCode: 'Fiscal code',
        address: 'Address',
        city: 'City',
        email: 'Email',
        phone: 'Phone',
        website: 'Website',
        thirdSector: 'Third-sector organisation',
        exampleData: 'Example data',
        services: 'Services',
        accreditations: 'Accreditations',
        q: 'Search',
      },
    },
    accreditations: {
      name: 'Accreditation |||| Accreditations',
      fields: {
        id: 'Identifier',
        provider: 'Provider',
        service: 'Service',
        register: 'Register',
        validFrom: 'Valid from',
        validTo: 'Valid until',
        status: 'Status',
      },
    },
    municipalities: {
      name: 'Municipality |||| Municipalities',
      fields: {
        id: 'Identifier',
        name: 'Name',
        istatCode: 'ISTAT code',
        cadastralCode: 'Cadastral code',
        familyServiceZone: 'Family service zone',
        population: 'Population',
        populationDate: 'Population as of',
        q: 'Search',
      },
    },
    areas: {
      name: 'Area |||| Areas',
      fields: {
        id: 'Identifier',
        code: 'Code',
        name: 'Name',
        description: 'Description',
        legacy: 'No longer in use',
        services: 'Services',
        q: 'Search',
      },
    },
    'funding-sources': {
      name: 'Funding source |||| Funding sources',
      fields: {
        id: 'Identifier',
        code: 'Code',
        name: 'Name',
        level: 'Level',
        description: 'Description',
        q: 'Search',
      },
    },
    measures: {
      name: 'Measure |||| Measures',
      fields: {
        id: 'Identifier',
        code: 'Code',
        name: 'Name',
        level: 'Level',
        legalBasis: 'Legal basis',
        description: 'Description',
        fundingSources: 'Funding sources',
        q: 'Search',
      },
    },
  },
};

const english = deepMerge<TranslationMessages & AmbitoMessages>(
  englishMessages,
  ambitoEn,
  formsEn,
  copaymentEn,
  workflowsEn,
  governanceEn,
  casesEn,
  observatoryEn,
  casePathEn
);

export default english;
