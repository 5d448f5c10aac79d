import { relationDocumentIds } from '../validation/attribute-checks';

/** The documentId a single relation is being set to (undefined: not touched; null: cleared). */
export function singleRelationTarget(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (value && typeof value === 'object' && 'disconnect' in value && !('connect' in value) && !('set' in value)) return null;
  const { ids } = relationDocumentIds(value);
  return typeof ids[0] === 'string' ? ids[0] : null;
}

/** The documentIds a to-many relation will hold after a write, given the ones it holds now. */
export function manyRelationTargets(value: unknown, current: string[]): string[] {
  if (value === undefined) return current;
  if (value === null) return [];
  if (typeof value === 'string' || Array.isArray(value)) return relationDocumentIds(value).ids as string[];
  const record = value as Record<string, unknown>;
  if (record.set !== undefined) return relationDocumentIds({ set: record.set }).ids as string[];
  const connect = record.connect ? (relationDocumentIds({ connect: record.connect }).ids as string[]) : [];
  const disconnect = record.disconnect ? (relationDocumentIds({ disconnect: record.disconnect }).ids as string[]) : [];
  return [...new Set([...current, ...connect])].filter((id) => !disconnect.includes(id));
}
