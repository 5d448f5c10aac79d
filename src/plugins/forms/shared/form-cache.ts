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
}

const cache = new Map<string, Entry>();

/**
 * The compiled form for `cacheKey` (e.g. a form version's documentId): compiled on first use, the same
 * object afterwards. Should the definition under a key change (a draft saved again), it is recompiled.
 * Throws `FormDefinitionError` for an invalid definition.
 */
export function getCompiledForm(cacheKey: string, definition: FormDefinition): CompiledForm {
  const hit = cache.get(cacheKey);
  if (hit && (hit.definition === definition || hit.fingerprint === JSON.stringify(definition))) {
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit.compiled;
  }
  const compiled = compileForm(definition);
  cache.delete(cacheKey);
  cache.set(cacheKey, { definition, fingerprint: JSON.stringify(definition), compiled });
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** Forgets every compiled form. */
export function clearCompiledForms(): void {
  cache.clear();
}
