import type { BodyType, CompositionRule, QuorumRule } from './types';

/**
 * The composition each kind of body gets when it is created without rules of its own, from section 4.1
 * (and section 1) of the programming document 2018-2020. A body may then change its rules: they are data.
 */
export const DEFAULT_COMPOSITION: Record<BodyType, CompositionRule[]> = {
  // The mayors of the district's comuni, one each.
  'assemblea-sindaci': [{ kind: 'per-municipality', seats: ['mayor'], min: 1, max: 1 }],
  // Political representatives and municipal officials.
  'tavolo-politico': [
    { kind: 'seats', seats: ['political-representative', 'mayor'], min: 1 },
    { kind: 'seats', seats: ['municipal-official'], min: 1 },
  ],
  // UdP staff and the officials of the comuni (responsabili dei servizi sociali).
  'tavolo-tecnico': [
    { kind: 'seats', seats: ['udp'], min: 1 },
    { kind: 'per-municipality', seats: ['municipal-official'], min: 1 },
  ],
  // Assemblea, tavolo tecnico, UdP, ATS and ASST heads, two third-sector delegates for each thematic table.
  'tavolo-coprogrammazione': [
    { kind: 'seats', seats: ['mayor', 'assemblea-representative'], min: 1 },
    { kind: 'seats', seats: ['municipal-official'], min: 1 },
    { kind: 'seats', seats: ['udp'], min: 1 },
    { kind: 'seats', seats: ['ats'], min: 1 },
    { kind: 'seats', seats: ['asst'], min: 1 },
    { kind: 'per-table', seats: ['third-sector'], tableType: 'tavolo-area', min: 2, max: 2 },
  ],
  // 1 municipal official, 1 UdP representative, 1 representative of the Assemblea, the third sector, ATS/ASST.
  'tavolo-area': [
    { kind: 'seats', seats: ['municipal-official'], min: 1, max: 1 },
    { kind: 'seats', seats: ['udp'], min: 1, max: 1 },
    { kind: 'seats', seats: ['assemblea-representative'], min: 1, max: 1 },
    { kind: 'seats', seats: ['third-sector'], min: 1 },
    { kind: 'seats', seats: ['ats', 'asst'], min: 1 },
  ],
  // Mixed public/private: UdP, municipal referents, the enti gestori of the services it oversees.
  gps: [
    { kind: 'oversees-services', min: 1 },
    { kind: 'seats', seats: ['udp'], min: 1 },
    { kind: 'seats', seats: ['municipal-official'], min: 1 },
    { kind: 'service-providers', min: 1 },
  ],
  // ATS, the ASST and the heads of the Uffici di Piano.
  'cabina-regia': [
    { kind: 'seats', seats: ['ats'], min: 1 },
    { kind: 'seats', seats: ['asst'], min: 1 },
    { kind: 'seats', seats: ['udp'], min: 1 },
  ],
  // A third-sector coordination table (Comitato Promotore), with ATS referents.
  comitato: [
    { kind: 'seats', seats: ['third-sector'], min: 1 },
    { kind: 'seats', seats: ['ats', 'asst'], min: 1 },
  ],
};

/** Majority of the voting members, unless the body says otherwise. */
export const DEFAULT_QUORUM: QuorumRule = { threshold: 'majority', weighting: 'per-member' };

/** The Assemblea dei Sindaci: a majority of mayors representing a majority of residents. */
export const ASSEMBLEA_QUORUM: QuorumRule = { threshold: 'majority', weighting: 'population', alsoMajorityOfMembers: true };

export function defaultQuorum(type: BodyType): QuorumRule {
  return type === 'assemblea-sindaci' ? ASSEMBLEA_QUORUM : DEFAULT_QUORUM;
}
