import { kindsFor, NOTICE_KINDS, NOTICE_LABELS } from '../../../src/plugins/mail/shared/kinds';

describe('the notices a role chooses among', () => {
  it("offers the referral notice to a provider's staff only", () => {
    expect(kindsFor('provider')).toEqual(['meetings', 'minutes', 'referrals', 'tasks']);
    for (const role of ['udp', 'operator', 'table-member', undefined]) expect(kindsFor(role)).not.toContain('referrals');
    expect(kindsFor('operator')).toEqual(['meetings', 'minutes', 'tasks']);
  });

  it('labels every notice in Italian and English', () => {
    for (const kind of NOTICE_KINDS) {
      expect(NOTICE_LABELS[kind].it).toBeTruthy();
      expect(NOTICE_LABELS[kind].en).toBeTruthy();
      expect(NOTICE_LABELS[kind].it).not.toBe(NOTICE_LABELS[kind].en);
    }
  });
});
