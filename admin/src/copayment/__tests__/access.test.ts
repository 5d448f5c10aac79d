import { copaymentAccess } from '../access';

describe('co-payment access in the console', () => {
  it('gives the Ufficio di Piano everything', () => {
    for (const resource of ['copayment-regulations', 'copayment-tariffs', 'copayment-quote', 'copayment-simulation']) {
      expect(copaymentAccess('udp', 'edit', resource)).toBe(true);
    }
  });

  it('lets operators quote and read the tariffs, nothing more', () => {
    expect(copaymentAccess('operator', 'list', 'copayment-quote')).toBe(true);
    expect(copaymentAccess('operator', 'show', 'copayment-tariffs')).toBe(true);
    expect(copaymentAccess('operator', 'edit', 'copayment-tariffs')).toBe(false);
    expect(copaymentAccess('operator', 'list', 'copayment-simulation')).toBe(false);
  });

  it('hides the co-payment from table members, provider staff and strangers, and leaves other resources alone', () => {
    for (const role of ['table-member', 'provider', undefined])
      expect(copaymentAccess(role, 'list', 'copayment-quote')).toBe(false);
    expect(copaymentAccess('table-member', 'list', 'services')).toBeUndefined();
  });
});
