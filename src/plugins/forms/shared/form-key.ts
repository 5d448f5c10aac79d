/** A form's key (`^[a-z0-9][a-z0-9-]{1,79}$`) from its Italian title: "Domanda contributo affitto" → `domanda-contributo-affitto`. */
export function formKeyFromTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `modulo-${slug || '1'}`.replace(/-$/, '');
}

/** `key` when free, else `key-2`, `key-3`… */
export function uniqueFormKey(key: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(key)) return key;
  for (let n = 2; ; n += 1) if (!used.has(`${key}-${n}`)) return `${key}-${n}`;
}
