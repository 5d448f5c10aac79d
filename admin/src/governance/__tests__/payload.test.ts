import { toGovernancePayload } from '../api/payload';

describe('writes to the governance routes', () => {
  it('send relations as documentIds and only the keys the route accepts', () => {
    const record = {
      id: 'm1',
      documentId: 'm1',
      body: { documentId: 'b1', name: 'GPS' },
      name: 'Referente',
      seat: 'ats',
      municipality: { documentId: 'c1', name: 'Bussero' },
      active: true,
      to: '',
    };
    expect(toGovernancePayload('governance-memberships', record, false)).toEqual({
      name: 'Referente',
      seat: 'ats',
      municipality: 'c1',
      to: null,
    });
    expect(toGovernancePayload('governance-memberships', record, true)).toEqual({
      body: 'b1',
      name: 'Referente',
      seat: 'ats',
      municipality: 'c1',
    });
  });

  it('keep agenda items to key, title, description and services, numbering new ones', () => {
    const agenda = [
      { key: 'sail', title: 'SAIL', description: '', services: [{ documentId: 's1', name: 'SAIL' }], documents: [{ id: 3 }] },
      { title: 'Varie' },
    ];
    expect(toGovernancePayload('governance-meetings', { title: 'Seduta', agenda }, false)).toEqual({
      title: 'Seduta',
      agenda: [
        { key: 'sail', title: 'SAIL', services: ['s1'] },
        { key: 'punto-2', title: 'Varie', services: [] },
      ],
    });
  });

  it('send the local time of a date-time input as an instant', () => {
    const sent = toGovernancePayload('governance-meetings', { startsAt: '2027-05-12T10:00', endsAt: '' }, false);
    expect(sent.startsAt).toBe(new Date(2027, 4, 12, 10, 0).toISOString());
    expect(sent.endsAt).toBeNull();
  });

  it('keep each composition rule to the properties of its kind and the quorum rule to what its weighting uses', () => {
    const values = {
      name: 'GPS povertà',
      compositionRules: [
        { kind: 'seats', seats: ['udp'], min: 1, max: null, tableType: 'tavolo-area' },
        { kind: 'per-table', seats: ['third-sector'], tableType: 'tavolo-area', min: 2, max: '' },
        { kind: 'oversees-services', min: 1, seats: ['ats'] },
      ],
      quorumRule: { threshold: 0.667, weighting: 'per-member', alsoMajorityOfMembers: true },
    };
    expect(toGovernancePayload('governance-bodies', values, false)).toEqual({
      name: 'GPS povertà',
      compositionRules: [
        { kind: 'seats', seats: ['udp'], min: 1 },
        { kind: 'per-table', seats: ['third-sector'], tableType: 'tavolo-area', min: 2 },
        { kind: 'oversees-services', min: 1 },
      ],
      quorumRule: { threshold: 0.667, weighting: 'per-member' },
    });
    const weighted = toGovernancePayload(
      'governance-bodies',
      { quorumRule: { threshold: 'majority', weighting: 'population' } },
      false
    );
    expect(weighted.quorumRule).toEqual({ threshold: 'majority', weighting: 'population', alsoMajorityOfMembers: false });
  });

  it("send the linked account as its documentId, and a template's items with only the keys of their kind", () => {
    const member = {
      id: 'm1',
      name: 'Referente',
      seat: 'ats',
      user: { documentId: 'u1', username: 'tavolo.demo' },
      invitedOn: null,
    };
    expect(toGovernancePayload('governance-memberships', member, false)).toEqual({ name: 'Referente', seat: 'ats', user: 'u1' });
    expect(toGovernancePayload('governance-memberships', { ...member, user: null }, false)).toMatchObject({ user: null });
    const template = {
      id: 'gps',
      bodyType: 'gps',
      custom: false,
      items: [
        { kind: 'agenda', title: 'left over' },
        { kind: 'fixed', title: 'Varie ed eventuali', text: '' },
      ],
    };
    expect(toGovernancePayload('governance-minutes-templates', template, false)).toEqual({
      items: [{ kind: 'agenda' }, { kind: 'fixed', title: 'Varie ed eventuali' }],
    });
  });
});
