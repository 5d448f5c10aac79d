import { governanceAccess } from '../access';
import { canRoleAccess } from '../../providers/roleAccess';

describe('governance console access', () => {
  it('lets the UdP do everything with governance resources', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete'])
      for (const resource of ['governance-bodies', 'governance-memberships', 'governance-meetings', 'governance-minutes'])
        expect(canRoleAccess('udp', action, resource)).toBe(true);
  });

  it('lets a table member read bodies, meetings, minutes and the calendar, and change nothing through resources', () => {
    for (const resource of ['governance-bodies', 'governance-meetings', 'governance-minutes', 'governance-calendar']) {
      expect(canRoleAccess('table-member', 'list', resource)).toBe(true);
      expect(canRoleAccess('table-member', 'show', resource)).toBe(true);
      for (const action of ['create', 'edit', 'delete']) expect(canRoleAccess('table-member', action, resource)).toBe(false);
    }
    expect(canRoleAccess('table-member', 'create', 'governance-memberships')).toBe(false);
    expect(canRoleAccess('operator', 'edit', 'governance-memberships')).toBe(false);
  });

  it('leaves other resources to the other rules, and refuses without a role', () => {
    expect(governanceAccess('udp', 'list', 'services')).toBeUndefined();
    expect(governanceAccess(undefined, 'list', 'governance-bodies')).toBe(false);
  });
});
