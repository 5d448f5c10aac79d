import { canRoleAccess } from '../roleAccess';

describe('canRoleAccess', () => {
  it('lets the Ufficio di Piano create, edit and delete', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) expect(canRoleAccess('udp', action)).toBe(true);
  });

  it.each(['operator', 'provider', 'table-member'])('lets %s read the catalogue only', (role) => {
    expect(canRoleAccess(role, 'list')).toBe(true);
    expect(canRoleAccess(role, 'show')).toBe(true);
    expect(canRoleAccess(role, 'create')).toBe(false);
    expect(canRoleAccess(role, 'edit')).toBe(false);
    expect(canRoleAccess(role, 'delete')).toBe(false);
  });

  it('lets nobody without a role do anything', () => {
    expect(canRoleAccess(null, 'list')).toBe(false);
  });
});
