import { evaluateQuorum, requiredWeight } from '../../../src/plugins/governance/shared';
import type { Attendance, QuorumVoter } from '../../../src/plugins/governance/shared';

const voters = (...attendance: Attendance[]): QuorumVoter[] => attendance.map((a) => ({ role: 'member', attendance: a }));

describe('quorum: majority of members', () => {
  const rule = { threshold: 'majority' as const, weighting: 'per-member' as const };

  it('is reached with more than half present, in person or by delegate', () => {
    const result = evaluateQuorum(rule, voters('present', 'delegated', 'absent', 'pending', 'present'), {});
    expect(result).toMatchObject({ reached: true, members: 5, presentMembers: 3, requiredWeight: 3 });
    expect(result.it).toBe('quorum raggiunto: presenti 3 su 5 (ne servono 3)');
    expect(result.en).toBe('quorum reached: 3 of 5 present (3 needed)');
  });

  it('is not reached with exactly half', () => {
    expect(evaluateQuorum(rule, voters('present', 'present', 'absent', 'absent'), {})).toMatchObject({
      reached: false,
      requiredWeight: 3,
    });
  });

  it('does not count secretaries and observers', () => {
    const list: QuorumVoter[] = [
      ...voters('present', 'absent', 'absent'),
      { role: 'secretary', attendance: 'present' },
      { role: 'observer', attendance: 'present' },
    ];
    expect(evaluateQuorum(rule, list, {})).toMatchObject({ reached: false, members: 3, presentMembers: 1 });
  });

  it('is never reached without voting members', () => {
    expect(evaluateQuorum(rule, [], {}).reached).toBe(false);
  });
});

describe('quorum: a fraction', () => {
  it('two thirds of 9 needs 6', () => {
    const rule = { threshold: 2 / 3, weighting: 'per-member' as const };
    expect(requiredWeight(2 / 3, 9)).toBe(6);
    expect(
      evaluateQuorum(
        rule,
        voters('present', 'present', 'present', 'present', 'present', 'absent', 'absent', 'absent', 'absent'),
        {}
      ).reached
    ).toBe(false);
    expect(
      evaluateQuorum(
        rule,
        voters('present', 'present', 'present', 'present', 'present', 'present', 'absent', 'absent', 'absent'),
        {}
      ).reached
    ).toBe(true);
  });
});

describe("quorum: mayors' votes weighted by population", () => {
  const populations = { cernusco: 34875, gorgonzola: 20836, bussero: 8440, gessate: 8767, bellinzago: 3869 };
  const mayors = (present: string[]): QuorumVoter[] =>
    Object.keys(populations).map((m) => ({
      role: 'member',
      municipality: m,
      attendance: present.includes(m) ? 'present' : 'absent',
    }));

  it('two large comuni outweigh three small ones', () => {
    const rule = { threshold: 'majority' as const, weighting: 'population' as const };
    const result = evaluateQuorum(rule, mayors(['cernusco', 'gorgonzola']), populations);
    expect(result).toMatchObject({ reached: true, totalWeight: 76787, presentWeight: 55711, requiredWeight: 38394 });
    expect(result.it).toContain('55.711');
    expect(evaluateQuorum(rule, mayors(['bussero', 'gessate', 'bellinzago']), populations).reached).toBe(false);
  });

  it('can also require a majority of heads', () => {
    const rule = { threshold: 'majority' as const, weighting: 'population' as const, alsoMajorityOfMembers: true };
    const result = evaluateQuorum(rule, mayors(['cernusco', 'gorgonzola']), populations);
    expect(result.reached).toBe(false);
    expect(result.it).toContain('membri presenti 2 su 5 (ne servono 3)');
    expect(evaluateQuorum(rule, mayors(['cernusco', 'gorgonzola', 'bussero']), populations).reached).toBe(true);
  });

  it('weighs a comune once, whichever of its members attends', () => {
    const rule = { threshold: 'majority' as const, weighting: 'population' as const };
    const list: QuorumVoter[] = [
      { role: 'member', municipality: 'cernusco', attendance: 'absent' },
      { role: 'member', municipality: 'cernusco', attendance: 'delegated' },
      { role: 'member', municipality: 'bussero', attendance: 'absent' },
    ];
    expect(evaluateQuorum(rule, list, populations)).toMatchObject({ totalWeight: 43315, presentWeight: 34875, reached: true });
  });
});
