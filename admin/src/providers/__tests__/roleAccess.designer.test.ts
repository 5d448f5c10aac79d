import { canRoleAccess } from '../roleAccess';

describe('canRoleAccess for the form designer', () => {
  it('lets only the Ufficio di Piano see and use it', () => {
    expect(canRoleAccess('udp', 'list', 'form-designs')).toBe(true);
    expect(canRoleAccess('udp', 'edit', 'form-designs')).toBe(true);
    for (const role of ['operator', 'provider', 'table-member']) expect(canRoleAccess(role, 'list', 'form-designs')).toBe(false);
  });

  it('lets every role list the forms it may fill and its submissions', () => {
    for (const role of ['operator', 'provider', 'table-member']) {
      expect(canRoleAccess(role, 'list', 'forms')).toBe(true);
      expect(canRoleAccess(role, 'list', 'form-submissions')).toBe(true);
    }
  });
});
