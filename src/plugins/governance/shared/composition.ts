import { BODY_TYPE_LABELS, seatsLabel } from './labels';
import { NON_VOTING_ROLES } from './types';
import type { BodyType, CompositionIssue, CompositionRule, MemberRole, NamedRef, Seat } from './types';

/** A membership as composition rules see it. Dates are `YYYY-MM-DD`; a missing end means still in office. */
export interface CompositionMember {
  documentId: string;
  name?: string;
  seat: Seat;
  role: MemberRole;
  from?: string | null;
  to?: string | null;
  /** documentIds of the comune, the provider (organisation) and the table the member is a delegate for. */
  municipality?: string | null;
  provider?: string | null;
  delegateFor?: string | null;
}

/** What the rules need besides the members: the district's comuni, its bodies, the services overseen. */
export interface CompositionContext {
  /** The day the composition is checked (`YYYY-MM-DD`). */
  on: string;
  municipalities: NamedRef[];
  bodies: (NamedRef & { type: BodyType })[];
  services: (NamedRef & { providers: NamedRef[] })[];
}

/** Whether a membership is in office on `day` (both ends included). */
export function isActiveOn(member: { from?: string | null; to?: string | null }, day: string): boolean {
  return (!member.from || member.from <= day) && (!member.to || member.to >= day);
}

interface Bounds {
  min?: number;
  max?: number;
}

type Where = { it: string; en: string };

/** too-few / too-many issue for a count against bounds, or none. */
function countIssue(
  rule: number,
  r: CompositionRule & Bounds,
  seats: Seat[],
  actual: number,
  where: Where,
  extra: Partial<CompositionIssue>
) {
  const { min, max } = r;
  const tooFew = min !== undefined && actual < min;
  const tooMany = max !== undefined && actual > max;
  if (!tooFew && !tooMany) return null;
  const limit = (tooFew ? min : max) as number;
  const [itSeats, enSeats] = [seatsLabel(seats, 'it', limit !== 1), seatsLabel(seats, 'en', limit !== 1)];
  const exactly = min !== undefined && min === max;
  const serve = limit === 1 ? 'serve' : 'servono';
  const it = exactly
    ? `${serve} esattamente ${limit} ${itSeats}`
    : tooFew
      ? `${serve} almeno ${limit} ${itSeats}`
      : `al massimo ${limit} ${itSeats}`;
  const en = exactly
    ? `exactly ${limit} ${enSeats} required`
    : tooFew
      ? `at least ${limit} ${enSeats} required`
      : `at most ${limit} ${enSeats} allowed`;
  const issue: CompositionIssue = {
    rule,
    kind: r.kind,
    code: tooFew ? 'too-few' : 'too-many',
    seats,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    actual,
    ...extra,
    it: `${it}${where.it}: ${actual === 1 ? 'ce n’è 1' : `ce ne sono ${actual}`}`,
    en: `${en}${where.en}: there ${actual === 1 ? 'is 1' : `are ${actual}`}`,
  };
  return issue;
}

const NOWHERE: Where = { it: '', en: '' };

/**
 * Every rule of a body's composition that its members in office break, each told in Italian and English.
 * Secretaries and observers do not count. Empty when the body is composed as its rules require.
 */
export function evaluateComposition(
  rules: CompositionRule[],
  members: CompositionMember[],
  context: CompositionContext
): CompositionIssue[] {
  const voting = members.filter((m) => isActiveOn(m, context.on) && !NON_VOTING_ROLES.includes(m.role));
  const issues: CompositionIssue[] = [];
  const push = (issue: CompositionIssue | null) => issue && issues.push(issue);

  rules.forEach((rule, index) => {
    switch (rule.kind) {
      case 'seats': {
        const actual = voting.filter((m) => rule.seats.includes(m.seat)).length;
        push(countIssue(index, rule, rule.seats, actual, NOWHERE, {}));
        break;
      }
      case 'per-municipality':
        for (const municipality of context.municipalities) {
          const actual = voting.filter((m) => rule.seats.includes(m.seat) && m.municipality === municipality.documentId).length;
          const where = { it: ` per il comune di ${municipality.name}`, en: ` for the comune of ${municipality.name}` };
          push(countIssue(index, rule, rule.seats, actual, where, { municipality }));
        }
        break;
      case 'per-table': {
        const tables = context.bodies.filter((b) => b.type === rule.tableType);
        for (const table of tables) {
          const actual = voting.filter((m) => rule.seats.includes(m.seat) && m.delegateFor === table.documentId).length;
          const where = { it: ` come delegati di «${table.name}»`, en: ` as delegates of “${table.name}”` };
          push(countIssue(index, rule, rule.seats, actual, where, { table: { documentId: table.documentId, name: table.name } }));
        }
        const known = new Set(tables.map((t) => t.documentId));
        for (const m of voting.filter((v) => rule.seats.includes(v.seat) && v.delegateFor && !known.has(v.delegateFor))) {
          const type = BODY_TYPE_LABELS[rule.tableType];
          issues.push({
            rule: index,
            kind: rule.kind,
            code: 'delegate-of-unknown-table',
            seats: rule.seats,
            actual: 1,
            membership: m.documentId,
            it: `${m.name ?? m.documentId} è delegato di un organismo che non è un «${type.it}»`,
            en: `${m.name ?? m.documentId} is the delegate of a body that is not a “${type.en}”`,
          });
        }
        break;
      }
      case 'service-providers': {
        const min = rule.min ?? 1;
        const providers = new Map<string, { provider: NamedRef; services: string[] }>();
        for (const service of context.services) {
          for (const provider of service.providers) {
            const entry = providers.get(provider.documentId) ?? { provider, services: [] };
            entry.services.push(service.name);
            providers.set(provider.documentId, entry);
          }
        }
        for (const { provider, services } of providers.values()) {
          const actual = voting.filter((m) => m.provider === provider.documentId).length;
          if (actual >= min) continue;
          issues.push({
            rule: index,
            kind: rule.kind,
            code: 'too-few',
            min,
            actual,
            provider,
            it: `l'ente gestore «${provider.name}» (${services.join(', ')}) deve avere almeno ${min} ${min === 1 ? 'membro' : 'membri'}: ne ha ${actual}`,
            en: `the provider “${provider.name}” (${services.join(', ')}) must have at least ${min} ${min === 1 ? 'member' : 'members'}: it has ${actual}`,
          });
        }
        break;
      }
      case 'oversees-services': {
        const actual = context.services.length;
        if (actual < rule.min) {
          issues.push({
            rule: index,
            kind: rule.kind,
            code: 'too-few',
            min: rule.min,
            actual,
            it: `l'organismo deve seguire almeno ${rule.min} ${rule.min === 1 ? 'servizio' : 'servizi'}: ne segue ${actual}`,
            en: `the body must oversee at least ${rule.min} ${rule.min === 1 ? 'service' : 'services'}: it oversees ${actual}`,
          });
        }
        break;
      }
    }
  });
  return issues;
}
