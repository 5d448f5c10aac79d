import { checkCompositionRules, checkQuorumRule } from '../../../src/plugins/governance/shared';

describe('composition rules are data, checked when saved', () => {
  it('names each wrong place', () => {
    const issues = checkCompositionRules([
      { kind: 'seats', seats: ['mayor'], min: 1 },
      { kind: 'seats', seats: ['pope'], min: 1 },
      { kind: 'per-table', seats: ['third-sector'], min: 2, max: 1 },
      { kind: 'whatever' },
      { kind: 'seats', seats: ['udp'] },
      { kind: 'oversees-services', min: -1, extra: true },
      'not a rule',
    ]);
    expect(issues.map((i) => i.path)).toEqual(['1.seats', '2.tableType', '2.max', '3.kind', '4.min', '5.extra', '5.min', '6']);
    for (const issue of issues) expect(issue.it && issue.en).toBeTruthy();
  });

  it('refuses something that is not a list', () => {
    expect(checkCompositionRules({})).toEqual([expect.objectContaining({ path: '' })]);
    expect(checkCompositionRules(Array.from({ length: 31 }, () => ({ kind: 'oversees-services', min: 1 })))).toHaveLength(1);
  });
});

describe('quorum rules', () => {
  it('accept a majority or a fraction, per member or by population', () => {
    expect(checkQuorumRule({ threshold: 'majority', weighting: 'per-member' })).toEqual([]);
    expect(checkQuorumRule({ threshold: 2 / 3, weighting: 'population', alsoMajorityOfMembers: true })).toEqual([]);
  });

  it('name wrong thresholds, weightings and unknown keys', () => {
    const issues = checkQuorumRule({ threshold: 1.5, weighting: 'votes', alsoMajorityOfMembers: 'yes', x: 1 });
    expect(issues.map((i) => i.path).sort()).toEqual(['alsoMajorityOfMembers', 'threshold', 'weighting', 'x']);
    expect(checkQuorumRule(null)).toHaveLength(1);
    expect(checkQuorumRule({ threshold: 0, weighting: 'per-member' }).map((i) => i.path)).toEqual(['threshold']);
  });
});
