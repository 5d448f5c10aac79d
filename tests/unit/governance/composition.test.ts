import { checkCompositionRules, DEFAULT_COMPOSITION, evaluateComposition } from '../../../src/plugins/governance/shared';
import type { CompositionContext, CompositionMember, CompositionRule } from '../../../src/plugins/governance/shared';

const ON = '2026-06-01';
const context = (extra: Partial<CompositionContext> = {}): CompositionContext => ({
  on: ON,
  municipalities: [
    { documentId: 'bussero', name: 'Bussero' },
    { documentId: 'carugate', name: 'Carugate' },
  ],
  bodies: [
    { documentId: 'area-1', name: "Tavolo d'area 1", type: 'tavolo-area' },
    { documentId: 'area-2', name: "Tavolo d'area 2", type: 'tavolo-area' },
    { documentId: 'gps-1', name: 'GPS 1', type: 'gps' },
  ],
  services: [],
  ...extra,
});
let n = 0;
const member = (seat: CompositionMember['seat'], extra: Partial<CompositionMember> = {}): CompositionMember => ({
  documentId: `m${(n += 1)}`,
  name: `Member ${n}`,
  seat,
  role: 'member',
  ...extra,
});

describe("composition of a tavolo d'area (section 4.1)", () => {
  const rules = DEFAULT_COMPOSITION['tavolo-area'];
  const complete = () => [
    member('municipal-official'),
    member('udp'),
    member('assemblea-representative'),
    member('third-sector'),
    member('ats'),
  ];

  it('breaks no rule when composed as mandated', () => {
    expect(evaluateComposition(rules, complete(), context())).toEqual([]);
  });

  it('reports a missing seat, naming the rule, the bound and the count, in Italian and English', () => {
    const members = complete().filter((m) => m.seat !== 'municipal-official');
    const issues = evaluateComposition(rules, members, context());
    expect(issues).toEqual([
      expect.objectContaining({
        rule: 0,
        kind: 'seats',
        code: 'too-few',
        seats: ['municipal-official'],
        min: 1,
        max: 1,
        actual: 0,
      }),
    ]);
    expect(issues[0].it).toBe('serve esattamente 1 funzionario comunale: ce ne sono 0');
    expect(issues[0].en).toBe('exactly 1 municipal official required: there are 0');
  });

  it('reports a seat held twice where exactly one is mandated', () => {
    const issues = evaluateComposition(rules, [...complete(), member('udp')], context());
    expect(issues).toEqual([expect.objectContaining({ rule: 1, code: 'too-many', actual: 2 })]);
  });

  it('accepts ATS or ASST for the health seat, and needs at least one third-sector member', () => {
    const members = complete()
      .map((m) => (m.seat === 'ats' ? { ...m, seat: 'asst' as const } : m))
      .filter((m) => m.seat !== 'third-sector');
    const issues = evaluateComposition(rules, members, context());
    expect(issues.map((i) => i.rule)).toEqual([3]);
  });

  it('reports every rule broken at once', () => {
    expect(evaluateComposition(rules, [], context()).map((i) => i.rule)).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts only members in office on the day, and neither secretaries nor observers', () => {
    const members = [
      member('municipal-official', { to: '2026-05-31' }),
      member('municipal-official', { from: '2026-07-01' }),
      member('udp', { role: 'secretary' }),
      member('assemblea-representative', { role: 'observer' }),
      member('third-sector'),
      member('ats'),
    ];
    const issues = evaluateComposition(rules, members, context());
    expect(issues.map((i) => [i.rule, i.actual])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
  });
});

describe('rules counted per comune, per table, per provider, per service', () => {
  it('one mayor per comune: a missing comune and a comune with two mayors', () => {
    const rules: CompositionRule[] = [{ kind: 'per-municipality', seats: ['mayor'], min: 1, max: 1 }];
    const issues = evaluateComposition(
      rules,
      [member('mayor', { municipality: 'bussero' }), member('mayor', { municipality: 'bussero' })],
      context()
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'too-many', actual: 2, municipality: { documentId: 'bussero', name: 'Bussero' } }),
      expect.objectContaining({ code: 'too-few', actual: 0, municipality: { documentId: 'carugate', name: 'Carugate' } }),
    ]);
    expect(issues[1].it).toContain('per il comune di Carugate');
  });

  it('two third-sector delegates for each thematic table of the co-programming table', () => {
    const rules = DEFAULT_COMPOSITION['tavolo-coprogrammazione'];
    const base = [member('mayor'), member('municipal-official'), member('udp'), member('ats'), member('asst')];
    const delegates = [
      member('third-sector', { delegateFor: 'area-1' }),
      member('third-sector', { delegateFor: 'area-1' }),
      member('third-sector', { delegateFor: 'area-2' }),
      member('third-sector', { delegateFor: 'area-2' }),
    ];
    expect(evaluateComposition(rules, [...base, ...delegates], context())).toEqual([]);

    const tooFew = evaluateComposition(rules, [...base, ...delegates.slice(1)], context());
    expect(tooFew).toEqual([
      expect.objectContaining({
        kind: 'per-table',
        code: 'too-few',
        actual: 1,
        table: { documentId: 'area-1', name: "Tavolo d'area 1" },
      }),
    ]);
    const tooMany = evaluateComposition(
      rules,
      [...base, ...delegates, member('third-sector', { delegateFor: 'area-2' })],
      context()
    );
    expect(tooMany).toEqual([expect.objectContaining({ code: 'too-many', actual: 3 })]);
    const elsewhere = evaluateComposition(
      rules,
      [...base, ...delegates, member('third-sector', { delegateFor: 'gps-1', name: 'Delegato GPS' })],
      context()
    );
    expect(elsewhere).toEqual([expect.objectContaining({ code: 'delegate-of-unknown-table', membership: expect.any(String) })]);
    expect(elsewhere[0].it).toContain('Delegato GPS');
  });

  it('a GPS oversees services and seats every provider running them', () => {
    const rules = DEFAULT_COMPOSITION.gps;
    const sail = {
      documentId: 'sail',
      name: 'SAIL',
      providers: [
        { documentId: 'coop-a', name: 'Coop A' },
        { documentId: 'coop-b', name: 'Coop B' },
      ],
    };
    const members = [member('udp'), member('municipal-official'), member('provider', { provider: 'coop-a' })];
    const issues = evaluateComposition(rules, members, context({ services: [sail] }));
    expect(issues).toEqual([
      expect.objectContaining({
        kind: 'service-providers',
        code: 'too-few',
        actual: 0,
        provider: { documentId: 'coop-b', name: 'Coop B' },
      }),
    ]);
    expect(issues[0].en).toContain('SAIL');

    const none = evaluateComposition(rules, members, context());
    expect(none).toEqual([expect.objectContaining({ kind: 'oversees-services', code: 'too-few', min: 1, actual: 0 })]);
  });
});

describe('the default rules of every kind of body', () => {
  it('exist for each type and are accepted by the rule checker', () => {
    for (const rules of Object.values(DEFAULT_COMPOSITION)) expect(checkCompositionRules(rules)).toEqual([]);
  });
});
