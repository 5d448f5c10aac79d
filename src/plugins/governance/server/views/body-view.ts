import { BODY_TYPE_LABELS, isActiveOn } from '../../shared';
import type { CompositionIssue } from '../../shared';
import type { BodyRow, CatalogueRef, MembershipRow } from '../data/rows';
import { today } from '../access/viewer';

export const refView = (ref: CatalogueRef | null | undefined) =>
  ref ? { documentId: ref.documentId, name: ref.name, ...(ref.code ? { code: ref.code } : {}) } : null;

/** A body as the API answers it: `compositionIssues` lists every rule it breaks (empty when none). */
export function bodyView(row: BodyRow, compositionIssues: CompositionIssue[]) {
  return {
    documentId: row.documentId,
    code: row.code,
    name: row.name,
    type: row.type,
    typeLabel: BODY_TYPE_LABELS[row.type],
    description: row.description ?? null,
    public: Boolean(row.public),
    area: refView(row.area),
    services: row.services.map(refView),
    compositionRules: row.compositionRules,
    quorumRule: row.quorumRule,
    compositionIssues,
  };
}

/**
 * A membership. Contacts (e-mail, linked user) are for the secretariat only; members and the public see
 * who sits, for whom, and when.
 */
export function membershipView(row: MembershipRow, withContacts: boolean) {
  return {
    documentId: row.documentId,
    body: row.body ? { documentId: row.body.documentId, name: row.body.name } : null,
    name: row.name,
    organisation: row.organisation ?? null,
    seat: row.seat,
    role: row.role,
    municipality: refView(row.municipality),
    provider: refView(row.provider),
    delegateFor: row.delegateFor ? { documentId: row.delegateFor.documentId, name: row.delegateFor.name } : null,
    from: row.from ?? null,
    to: row.to ?? null,
    active: isActiveOn(row, today()),
    ...(withContacts
      ? {
          email: row.email ?? null,
          user: row.user ? { documentId: row.user.documentId, username: row.user.username } : null,
          invitedOn: row.invitedOn ?? null,
        }
      : {}),
  };
}
