import { compileForm, validateDefinition } from '../../../src/plugins/forms/shared';
import { demoForms } from '../../../src/seed/forms';
import type { SeedForm } from '../../../src/seed/forms';
import { demoSubmissions } from '../../../src/seed/forms/samples';
import { areas } from '../../../src/seed/data/areas';
import { services } from '../../../src/seed/data/services';
import { NOW, pathsOf } from './helpers';

const form = (key: string): SeedForm => {
  const found = demoForms.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no demo form ${key}`);
  return found;
};
const evaluate = (key: string, input: Record<string, unknown>) => compileForm(form(key).definition).evaluate(input, { now: NOW });

describe('demo forms of Distretto 4', () => {
  it('are the five forms, with real area and service codes', () => {
    expect(demoForms.map((demo) => demo.key)).toEqual([
      'segretariato-intake',
      'housing-report',
      'sail-enrolment',
      'life-project',
      'voucher-request',
    ]);
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
    const sample = demoSubmissions['segretariato-intake'];

    it('accepts a realistic intake, computing the age and dropping what does not apply', () => {
      const { issues, data } = evaluate('segretariato-intake', sample);
      expect(issues).toEqual([]);
      expect(data.age).toBe(37);
      expect(data.residencePermit).toBeUndefined();
      expect(data.urgency).toBe('ordinaria');
    });

    it('refuses a referral without a target, an unexplained "other" need and no contact', () => {
      const { issues } = evaluate('segretariato-intake', {
        ...sample,
        phone: undefined,
        referralTarget: undefined,
        needAreas: ['altro'],
      });
      expect(pathsOf(issues)).toEqual(['email', 'otherNeed', 'phone', 'referralTarget']);
    });
  });

  describe('housing-report', () => {
    const sample = demoSubmissions['housing-report'];

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
      expect(pathsOf(issues)).toEqual([
        'fiscalCode',
        'plannedExit',
        'protectionOrderDate',
        'protectionOrderDetails',
        'shelterNeeded',
      ]);
    });
  });

  describe('sail-enrolment', () => {
    const sample = demoSubmissions['sail-enrolment'];

    it('accepts a realistic referral and suggests path A', () => {
      const { issues, data } = evaluate('sail-enrolment', sample);
      expect(issues).toEqual([]);
      expect(data.suggestedPath).toBe('A');
      expect(data.age).toBe(45);
    });

    it('suggests C for income support and B for high fragility; a different choice needs a reason', () => {
      expect(
        evaluate('sail-enrolment', { ...sample, incomeSupport: 'reddito-cittadinanza', pathType: 'C', inclusionPact: true }).data
          .suggestedPath
      ).toBe('C');
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
    const sample = demoSubmissions['life-project'];

    it('accepts a realistic project: only the chosen domains are shown and stored', () => {
      const { issues, data, visibility } = evaluate('life-project', sample);
      expect(issues).toEqual([]);
      expect(data).toMatchObject({ age: 15, isMinor: true, goalCount: 2 });
      expect(visibility).toMatchObject({
        'section:school': true,
        'section:afterParents': true,
        'section:dayServices': false,
        'section:work': false,
      });
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
    const sample = demoSubmissions['voucher-request'];

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
