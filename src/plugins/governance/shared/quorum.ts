import { NON_VOTING_ROLES } from './types';
import type { Attendance, MemberRole, QuorumResult, QuorumRule } from './types';

/** An invited member as the quorum sees it. */
export interface QuorumVoter {
  role: MemberRole;
  attendance: Attendance;
  /** documentId of the member's comune (what population weighting counts). */
  municipality?: string | null;
}

const isPresent = (voter: QuorumVoter) => voter.attendance === 'present' || voter.attendance === 'delegated';

/** Smallest weight that satisfies the threshold out of `total`. */
export function requiredWeight(threshold: QuorumRule['threshold'], total: number): number {
  if (total <= 0) return 1;
  if (threshold === 'majority') return Math.floor(total / 2) + 1;
  return Math.max(1, Math.ceil(threshold * total - 1e-9));
}

const fmt = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

/**
 * Whether a meeting is quorate. Members present in person or through a delegate count; secretaries and
 * observers do not vote. With `population` weighting each comune weighs its residents once, whichever of
 * its members attends; members of no comune weigh nothing there but still count as heads.
 */
export function evaluateQuorum(rule: QuorumRule, voters: QuorumVoter[], populations: Record<string, number>): QuorumResult {
  const voting = voters.filter((v) => !NON_VOTING_ROLES.includes(v.role));
  const members = voting.length;
  const presentMembers = voting.filter(isPresent).length;
  const headsRequired = requiredWeight('majority', members);

  let totalWeight = members;
  let presentWeight = presentMembers;
  if (rule.weighting === 'population') {
    const comuni = new Map<string, boolean>();
    for (const voter of voting) {
      if (!voter.municipality) continue;
      comuni.set(voter.municipality, (comuni.get(voter.municipality) ?? false) || isPresent(voter));
    }
    totalWeight = 0;
    presentWeight = 0;
    for (const [comune, present] of comuni) {
      const residents = populations[comune] ?? 0;
      totalWeight += residents;
      if (present) presentWeight += residents;
    }
  }
  const required = requiredWeight(rule.threshold, totalWeight);
  const headsOk = rule.weighting !== 'population' || !rule.alsoMajorityOfMembers || presentMembers >= headsRequired;
  const reached = totalWeight > 0 && presentWeight >= required && headsOk;

  const [yes, no] = [reached ? 'raggiunto' : 'non raggiunto', reached ? 'reached' : 'not reached'];
  let it = `quorum ${yes}: presenti ${presentMembers} su ${members} (ne servono ${required})`;
  let en = `quorum ${no}: ${presentMembers} of ${members} present (${required} needed)`;
  if (rule.weighting === 'population') {
    it = `quorum ${yes}: presenti comuni con ${fmt(presentWeight, 'it-IT')} residenti su ${fmt(totalWeight, 'it-IT')} (ne servono ${fmt(required, 'it-IT')})`;
    en = `quorum ${no}: comuni with ${fmt(presentWeight, 'en-GB')} of ${fmt(totalWeight, 'en-GB')} residents present (${fmt(required, 'en-GB')} needed)`;
    if (rule.alsoMajorityOfMembers) {
      it += `; membri presenti ${presentMembers} su ${members} (ne servono ${headsRequired})`;
      en += `; ${presentMembers} of ${members} members present (${headsRequired} needed)`;
    }
  }
  return {
    reached,
    weighting: rule.weighting,
    members,
    presentMembers,
    totalWeight,
    presentWeight,
    requiredWeight: required,
    it,
    en,
  };
}
