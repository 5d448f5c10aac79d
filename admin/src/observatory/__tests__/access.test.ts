import { canRoleAccess } from '../../providers/roleAccess';
import { observatoryAccess } from '../access';

const RESOURCES = ['observatory-dashboard', 'observatory-objectives', 'observatory-indicators', 'observatory-demographics'];

describe('observatory access in the console', () => {
  it('gives the Ufficio di Piano everything, including editing indicator values', () => {
    for (const resource of RESOURCES) expect(observatoryAccess('udp', 'edit', resource)).toBe(true);
  });

  it('lets operators read and export everything, never edit', () => {
    for (const resource of RESOURCES) {
      expect(observatoryAccess('operator', 'list', resource)).toBe(true);
      expect(observatoryAccess('operator', 'export', resource)).toBe(true);
    }
    expect(observatoryAccess('operator', 'edit', 'observatory-indicators')).toBe(false);
  });

  it('lets table members read planning data, not the intake dashboard nor the exports (as the server does)', () => {
    for (const resource of RESOURCES.slice(1)) expect(observatoryAccess('table-member', 'show', resource)).toBe(true);
    expect(observatoryAccess('table-member', 'list', 'observatory-dashboard')).toBe(false);
    expect(observatoryAccess('table-member', 'export', 'observatory-demographics')).toBe(false);
    expect(observatoryAccess('table-member', 'edit', 'observatory-indicators')).toBe(false);
  });

  it('hides the observatory from provider staff and strangers, and leaves other resources alone', () => {
    for (const role of ['provider', undefined, null])
      expect(observatoryAccess(role, 'list', 'observatory-dashboard')).toBe(false);
    expect(observatoryAccess('provider', 'list', 'services')).toBeUndefined();
  });

  it('is the rule the console applies', () => {
    expect(canRoleAccess('operator', 'edit', 'observatory-indicators')).toBe(false);
    expect(canRoleAccess('table-member', 'show', 'observatory-objectives')).toBe(true);
    expect(canRoleAccess('provider', 'list', 'observatory-dashboard')).toBe(false);
  });
});
