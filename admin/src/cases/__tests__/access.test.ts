import { canRoleAccess } from '../../providers/roleAccess';
import { casesAccess, CASES_RESOURCES } from '../access';

describe('case files access in the console', () => {
  it('lets operators read and write every case resource of their comuni, never delete', () => {
    for (const resource of ['cases', 'beneficiaries', 'referrals', 'interventions', 'vouchers']) {
      for (const action of ['list', 'show', 'create', 'edit']) expect(casesAccess('operator', action, resource)).toBe(true);
      expect(casesAccess('operator', 'delete', resource)).toBe(false);
    }
    expect(casesAccess('operator', 'anonymise', 'beneficiaries')).toBe(true);
    expect(casesAccess('operator', 'list', 'housing-waitlist')).toBe(true);
  });

  it('gives provider staff their inbox, the accepted cases and the recording of services, nothing personal beyond', () => {
    expect(casesAccess('provider', 'list', 'referrals')).toBe(true);
    expect(casesAccess('provider', 'accept', 'referrals')).toBe(true);
    expect(casesAccess('provider', 'reject', 'referrals')).toBe(true);
    expect(casesAccess('provider', 'show', 'cases')).toBe(true);
    expect(casesAccess('provider', 'create', 'interventions')).toBe(true);
    expect(casesAccess('provider', 'redeem', 'vouchers')).toBe(true);
    expect(casesAccess('provider', 'create', 'cases')).toBe(false);
    expect(casesAccess('provider', 'list', 'beneficiaries')).toBe(false);
    expect(casesAccess('provider', 'list', 'housing-waitlist')).toBe(false);
    expect(casesAccess('provider', 'create', 'referrals')).toBe(false);
  });

  it('shows the Ufficio di Piano the waitlist only and table members nothing', () => {
    expect(casesAccess('udp', 'list', 'housing-waitlist')).toBe(true);
    for (const resource of CASES_RESOURCES.filter((name) => name !== 'housing-waitlist')) {
      expect(casesAccess('udp', 'list', resource)).toBe(false);
    }
    for (const resource of CASES_RESOURCES) {
      expect(casesAccess('table-member', 'list', resource)).toBe(false);
      expect(casesAccess(undefined, 'list', resource)).toBe(false);
    }
  });

  it('leaves other resources to the next rule, and decides the console-wide rule for its own', () => {
    expect(casesAccess('operator', 'list', 'services')).toBeUndefined();
    expect(casesAccess('operator', 'list', undefined)).toBeUndefined();
    expect(canRoleAccess('udp', 'list', 'beneficiaries')).toBe(false);
    expect(canRoleAccess('operator', 'create', 'cases')).toBe(true);
  });
});
