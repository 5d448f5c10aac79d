import { slugOf } from '../../observatory/forms/slug';

/**
 * A key proposed from an Italian label (`Istruttoria tecnica` → `istruttoria-tecnica`), unique among
 * `taken`: the designer never asks for a key. Starts with a letter (the engine's key pattern), at most 64.
 */
export function keyFromLabel(label: string, taken: Iterable<string>, fallback = 'stato'): string {
  let base = slugOf(label).slice(0, 60).replace(/-+$/, '');
  if (!/^[a-z]/.test(base)) base = base ? `${fallback}-${base}` : fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
