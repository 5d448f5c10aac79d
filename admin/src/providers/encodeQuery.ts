/**
 * Encodes nested parameters the way Strapi (through `qs`) reads them: `a[b][0]=c`.
 * Brackets and keys are left readable; values are URI-encoded (a colon stays as is, e.g. `name:asc`).
 * `undefined` values are skipped, `null` is sent as an empty value.
 */
export function encodeQuery(params: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${key}[${index}]`, item));
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [child, item] of Object.entries(value)) walk(key ? `${key}[${child}]` : child, item);
      return;
    }
    parts.push(`${key}=${encodeValue(value)}`);
  };
  walk('', params);
  return parts.join('&');
}

function encodeValue(value: unknown): string {
  if (value === null) return '';
  return encodeURIComponent(String(value)).replace(/%3A/gi, ':');
}
