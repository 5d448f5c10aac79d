import type { Core } from '@strapi/strapi';
import { evaluateComposition } from '../../shared';
import type { CompositionIssue, CompositionMember } from '../../shared';
import { createQueries } from '../data/queries';
import type { BodyRow, MembershipRow } from '../data/rows';
import { today } from '../access/viewer';

const toMember = (m: MembershipRow): CompositionMember => ({
  documentId: m.documentId,
  name: m.name,
  seat: m.seat,
  role: m.role,
  from: m.from,
  to: m.to,
  municipality: m.municipality?.documentId ?? null,
  provider: m.provider?.documentId ?? null,
  delegateFor: m.delegateFor?.documentId ?? null,
});

/** Loads what the composition rules need (members, comuni, bodies, services and their providers) and evaluates them. */
const createCompositionService = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = createQueries(strapi);
  return {
    /** The rules each body breaks on `on` (default today), by body documentId. */
    async issuesOf(bodies: BodyRow[], on: string = today()): Promise<Map<string, CompositionIssue[]>> {
      const result = new Map<string, CompositionIssue[]>();
      if (bodies.length === 0) return result;
      const ids = bodies.map((b) => b.documentId);
      const [memberships, municipalities, allBodies] = await Promise.all([
        queries.memberships({ body: { documentId: { $in: ids } } }),
        queries.municipalities(),
        queries.bodies(),
      ]);
      const services = await queries.servicesWithProviders([
        ...new Set(bodies.flatMap((b) => b.services.map((s) => s.documentId))),
      ]);
      const tables = allBodies.map((b) => ({ documentId: b.documentId, name: b.name, type: b.type }));
      const named = (ref: { documentId: string; name: string }) => ({ documentId: ref.documentId, name: ref.name });
      for (const body of bodies) {
        const members = memberships.filter((m) => m.body?.documentId === body.documentId).map(toMember);
        const own = new Set(body.services.map((s) => s.documentId));
        const overseen = services
          .filter((s) => own.has(s.documentId))
          .map((s) => ({ ...named(s), providers: s.providers.map(named) }));
        const context = { on, municipalities: municipalities.map(named), bodies: tables, services: overseen };
        result.set(
          body.documentId,
          evaluateComposition(Array.isArray(body.compositionRules) ? body.compositionRules : [], members, context)
        );
      }
      return result;
    },
  };
};

export default createCompositionService;
export type CompositionService = ReturnType<typeof createCompositionService>;
