import { compileForm, validateDefinition } from '../../../src/plugins/forms/shared';
import { demoForms } from '../../../src/seed/forms';
import type { SeedForm } from '../../../src/seed/forms';
import { areas } from '../../../src/seed/data/areas';
import { services } from '../../../src/seed/data/services';
import { isValidPersonFiscalCode } from '../../../src/validation/italian-tax-codes';
import { NOW, pathsOf } from './helpers';

/** A valid codice fiscale from its first 15 characters (the check letter found by trying them all). */
function fiscalCode(body: string): string {
  const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').find((candidate) => isValidPersonFiscalCode(body + candidate));
  return body + (letter as string);
}

const documentId = (seed: string) => seed.padEnd(24, '0');
const form = (key: string): SeedForm => {
  const found = demoForms.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no demo form ${key}`);
  return found;
};
const evaluate = (key: string, input: Record<string, unknown>) => compileForm(form(key).definition).evaluate(input, { now: NOW });

describe('demo forms of Distretto 4', () => {
  it('are the five forms, with real area and service codes', () => {
    expect(demoForms.map((demo) => demo.key)).toEqual(['segretariato-intake', 'housing-report', 'sail-enrolment', 'life-project', 'voucher-request']);
    const areaCodes = new Set(areas.map((area) => area.code));
    const serviceCodes = new Set(services.map((service) => service.code));
    for (const demo of demoForms) {
      expect(areaCodes.has(demo.areaCode)).toBe(true);
      demo.serviceCodes.forEach((code) => expect(serviceCodes.has(code)).toBe(true));
      expect(demo.roles).toContain('udp');
      expect(demo.title.it && demo.title.en && demo.description.it && demo.description.en).toBeTruthy();
    }
  });

  it.each(demoForms.map((demo) => [demo.key, demo] as const))('%s passes validateDefinition', (_key, demo) => {
    expect(validateDefinition(demo.definition)).toEqual([]);
    expect(validateDefinition(JSON.parse(JSON.stringify(demo.definition)))).toEqual([]);
  });

  describe('segretariato-intake', () => {
    const sample = {
      accessDate: '2024-05-20',
      municipality: documentId('cernusco'),
      accessChannel: 'inviato-da-servizio',
      sendingService: 'Consultorio familiare di Cernusco sul Naviglio',
      firstName: 'Giulia',
      lastName: 'Brambilla',
      fiscalCode: fiscalCode('BRMGLI87C54C523'),
      birthDate: '1987-03-14',
      citizenship: 'italiana',
      residencePermit: 'valido',
      phone: '333 765 4321',
      needAreas: ['casa', 'reddito'],
      requestText: 'Ha ricevuto lo sfratto per morosità e chiede informazioni su un alloggio temporaneo.',
      outcome: 'invio',
      referralTarget: 'housing',
      referralReason: 'Sfratto con esecuzione a luglio: valutazione per la rete housing.',
      privacyNoticeGiven: true,
    };

    it('accepts a realistic intake, computing the age and dropping what does not apply', () => {
      const { issues, data } = evaluate('segretariato-intake', sample);
      expect(issues).toEqual([]);
      expect(data.age).toBe(37);
      expect(data.residencePermit).toBeUndefined();
      expect(data.urgency).toBe('ordinaria');
    });

    it('refuses a referral without a target, an unexplained "other" need and no contact', () => {
      const { issues } = evaluate('segretariato-intake', { ...sample, phone: undefined, referralTarget: undefined, needAreas: ['altro'] });
      expect(pathsOf(issues)).toEqual(['email', 'otherNeed', 'phone', 'referralTarget']);
    });
  });

  describe('housing-report', () => {
    const sample = {
      reportDate: '2024-05-10',
      municipality: documentId('gorgonzola'),
      reportingWorker: 'Dott.ssa Elena Colombo',
      workerEmail: 'servizi.sociali@comune.gorgonzola.example.org',
      firstName: 'Sara',
      lastName: 'Rinaldi',
      fiscalCode: fiscalCode('RNLSRA88D45E094'),
      birthDate: '1988-04-05',
      targetGroup: 'nucleo-familiare',
      members: [
        { firstName: 'Marco', relationship: 'coniuge', birthDate: '1984-11-02' },
        { firstName: 'Luca', relationship: 'figlio', birthDate: '2014-09-18' },
        { firstName: 'Emma', relationship: 'figlio', birthDate: '2019-02-07', disability: true, disabilityPercent: 75 },
      ],
      currentHousing: 'affitto-privato',
      monthlyRent: 750,
      eviction: true,
      evictionStage: 'esecuzione-fissata',
      evictionReason: 'morosita',
      rentArrears: 6200,
      evictionDate: '2024-07-15',
      domesticViolence: false,
      iseeAvailable: true,
      isee: 5400,
      incomeSources: ['lavoro'],
      monthlyIncome: 1100,
      proposedSolution: 'housing-temporaneo',
      plannedEntry: '2024-07-01',
      plannedExit: '2026-06-30',
      socialReport: { id: 31, name: 'relazione-rinaldi.pdf', mime: 'application/pdf', size: 245760 },
      priorityScore: 1,
    };

    it('accepts a realistic report and computes the household figures and the priority score', () => {
      const { issues, data, visibility } = evaluate('housing-report', sample);
      expect(issues).toEqual([]);
      expect(data).toMatchObject({ householdSize: 4, minorsCount: 2, disabledCount: 1, evictionPoints: 30, iseePoints: 20 });
      // 30 (eviction with a date) + 10 (two minors) + 10 (disability) + 20 (ISEE ≤ 6,000).
      expect(data.priorityScore).toBe(70);
      expect(data.priorityLevel).toBe('alta');
      expect(visibility['section:violence']).toBe(false);
      expect((data.members as { age: number }[]).map((member) => member.age)).toEqual([39, 9, 5]);
    });

    it('asks for the court order when there is violence, and refuses an exit before the entry', () => {
      const { issues } = evaluate('housing-report', {
        ...sample,
        domesticViolence: true,
        protectionOrder: true,
        plannedExit: '2024-06-30',
        fiscalCode: 'RNLSRA88D45E094A',
      });
      expect(pathsOf(issues)).toEqual(['fiscalCode', 'plannedExit', 'protectionOrderDate', 'protectionOrderDetails', 'shelterNeeded']);
    });
  });

  describe('sail-enrolment', () => {
    const sample = {
      referralDate: '2024-04-22',
      municipality: documentId('carugate'),
      referringWorker: 'Andrea Galli',
      referringService: 'servizio-sociale',
      firstName: 'Davide',
      lastName: 'Ferrari',
      fiscalCode: fiscalCode('FRRDVD79A12B850'),
      birthDate: '1979-01-12',
      phone: '+39 340 111 2233',
      employmentStatus: 'disoccupato',
      monthsWithoutWork: 18,
      education: 'licenza-media',
      followedByServices: true,
      specialistServices: ['cps'],
      therapeuticCompensation: true,
      incomeSupport: 'nessuna',
      pathType: 'A',
      activities: ['orientamento', 'tirocinio'],
      internshipStart: '2024-06-03',
      internshipEnd: '2024-11-29',
      weeklyHours: 20,
      monthlyAllowance: 500,
      goals: 'Tirocinio in azienda del territorio per consolidare abilità e routine lavorative.',
      consent: true,
    };

    it('accepts a realistic referral and suggests path A', () => {
      const { issues, data } = evaluate('sail-enrolment', sample);
      expect(issues).toEqual([]);
      expect(data.suggestedPath).toBe('A');
      expect(data.age).toBe(45);
    });

    it('suggests C for income support and B for high fragility; a different choice needs a reason', () => {
      expect(evaluate('sail-enrolment', { ...sample, incomeSupport: 'reddito-cittadinanza', pathType: 'C', inclusionPact: true }).data.suggestedPath).toBe('C');
      const fragile = evaluate('sail-enrolment', { ...sample, highFragility: true });
      expect(fragile.data.suggestedPath).toBe('B');
      expect(pathsOf(fragile.issues)).toEqual(['pathChoiceReason']);
    });

    it('refuses path C without income support, an internship ending first and a 15-year-old', () => {
      const { issues } = evaluate('sail-enrolment', {
        ...sample,
        pathType: 'C',
        pathChoiceReason: 'Su indicazione del CPS.',
        internshipEnd: '2024-05-31',
        birthDate: '2009-01-12',
      });
      expect(pathsOf(issues)).toEqual(['birthDate', 'internshipEnd', 'pathType']);
    });
  });

  describe('life-project', () => {
    const sample = {
      firstName: 'Tommaso',
      lastName: 'Villa',
      fiscalCode: fiscalCode('VLLTMS08M21C014'),
      birthDate: '2008-08-21',
      municipality: documentId('cassina'),
      disabilityType: ['intellettiva'],
      recognition: 'l104-grave',
      legalProtection: 'nessuna',
      caseManager: 'Chiara Sala (assistente sociale)',
      teamMembers: ['assistente-sociale', 'educatore', 'neuropsichiatra'],
      projectStart: '2024-01-15',
      nextReview: '2024-07-15',
      activeDomains: ['scuola', 'tempo-libero', 'dopo-di-noi'],
      schoolLevel: 'secondaria-2',
      individualPlan: true,
      educationalAssistanceHours: 12.5,
      leisureActivities: 'Squadra di basket integrato il sabato; laboratorio teatrale.',
      afterParentsMeasure: 'accompagnamento-autonomia',
      autonomyTraining: true,
      mainCaregiverAge: 61,
      dayService: 'cdd',
      goals: [
        { domain: 'scuola', goal: 'Completare il terzo anno con il PEI', indicator: 'Esito di fine anno', dueBy: '2024-06-30' },
        { domain: 'dopo-di-noi', goal: "Due weekend al mese nella palestra per l'autonomia" },
      ],
      annualBudget: 8400,
      familyContribution: 900,
    };

    it('accepts a realistic project: only the chosen domains are shown and stored', () => {
      const { issues, data, visibility } = evaluate('life-project', sample);
      expect(issues).toEqual([]);
      expect(data).toMatchObject({ age: 15, isMinor: true, goalCount: 2 });
      expect(visibility).toMatchObject({ 'section:school': true, 'section:afterParents': true, 'section:dayServices': false, 'section:work': false });
      expect(data.dayService).toBeUndefined();
    });

    it('refuses a chosen domain left empty, a review before the start and a contribution above the budget', () => {
      const { issues } = evaluate('life-project', {
        ...sample,
        activeDomains: ['servizi-diurni'],
        nextReview: '2023-12-31',
        familyContribution: 9000,
        goals: [],
      });
      expect(pathsOf(issues)).toEqual(['dayServiceProvider', 'daysPerWeek', 'familyContribution', 'goals', 'nextReview']);
    });
  });

  describe('voucher-request', () => {
    const sample = {
      requestDate: '2024-05-02',
      municipality: documentId('pessano'),
      voucherType: 'sad',
      firstName: 'Giuseppina',
      lastName: 'Colombo',
      fiscalCode: fiscalCode('CLMGPP38E41G502'),
      birthDate: '1938-05-01',
      phone: '02 9504 1122',
      address: 'Via Roma 12, Pessano con Bornago',
      condition: 'anziano',
      livesAlone: false,
      caregiverName: 'Paolo Colombo (figlio)',
      caregiverPhone: '347 555 0101',
      careTasks: ['igiene-personale', 'pasti'],
      hoursPerWeek: 6,
      destination: 'Ospedale di Cernusco',
      isee: 11250.4,
      providerListShown: true,
      chosenProvider: documentId('coopsad'),
      copaymentPercent: 30,
      voucherStart: '2024-06-01',
      voucherEnd: '2024-12-31',
    };

    it('accepts a home-care request, dropping the transport fields', () => {
      const { issues, data } = evaluate('voucher-request', sample);
      expect(issues).toEqual([]);
      expect(data.monthlyUnits).toBe(25.98);
      expect(data.destination).toBeUndefined();
      expect(data.age).toBe(86);
    });

    it('refuses a transport request without its details, a provider chosen without the list, a voucher before the request', () => {
      const { issues } = evaluate('voucher-request', {
        ...sample,
        voucherType: 'trasporto-sociale',
        destination: undefined,
        tripsPerMonth: 0,
        providerListShown: false,
        voucherStart: '2024-04-30',
      });
      expect(pathsOf(issues)).toEqual(['destination', 'destinationKind', 'providerListShown', 'tripsPerMonth', 'voucherStart']);
    });
  });
});
