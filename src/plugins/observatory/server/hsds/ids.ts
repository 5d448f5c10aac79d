import crypto from 'node:crypto';

/** The namespace of Ambito's HSDS identifiers (a fixed random UUID). */
const NAMESPACE = 'c6f1f0a4-5b1e-4f44-9a7e-1b5d6f2e8a31';

/**
 * HSDS wants UUIDs; Strapi's documentIds are not. A name-based UUID (version 5, RFC 4122) of
 * "<table>:<key>" gives every record the same identifier in every export and on every instance.
 */
export function hsdsId(table: string, key: string): string {
  const hash = crypto
    .createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(`${table}:${key}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
