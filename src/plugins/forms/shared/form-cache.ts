import { compileForm } from './compile-form';
import type { CompiledForm } from './compiled-form-types';
import type { FormDefinition } from './types';

/** How many compiled forms are kept; the least recently used goes first. */
const CAPACITY = 200;

interface Entry {
  definition: FormDefinition;
  /** The definition as JSON: a draft saved again under the same key is recompiled. */
  fingerprint: string;
  compiled: CompiledForm;
  /** Checked against the fingerprint once while the version could no longer change: no check again. */
  settled: boolean;
}

const cache = new Map<string, Entry>();

/**
 * The compiled form for `cacheKey` (e.g. a form version's documentId): compiled on first use, the same
 * object afterwards. Should the definition under a key change (a draft saved again), it is recompiled.
 * `immutable` says the definition under this key can no longer change (a published or retired version):
 * once a cached entry has been checked against it, later reads skip serialising the definition again.
 * Throws `FormDefinitionError` for an invalid definition.
 */
export function getCompiledForm(
  cacheKey: string,
  definition: FormDefinition,
  options: { immutable?: boolean } = {}
): CompiledForm {
  const hit = cache.get(cacheKey);
  if (
    hit &&
    ((options.immutable && hit.settled) || hit.definition === definition || hit.fingerprint === JSON.stringify(definition))
  ) {
    if (options.immutable) hit.settled = true;
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit.compiled;
  }
  const compiled = compileForm(definition);
  cache.delete(cacheKey);
  cache.set(cacheKey, { definition, fingerprint: JSON.stringify(definition), compiled, settled: options.immutable === true });
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** Forgets every compiled form. */
export function clearCompiledForms(): void {
  cache.clear();
}
