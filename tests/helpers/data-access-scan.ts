import fs from 'node:fs';
import path from 'node:path';

/**
 * A static scan for code that reads or writes the case-file tables without the access layer.
 * The case-file types are src/cases/model.ts's CASE_TYPES; their tables are the schemas' collectionName.
 * A "data access" is one of Strapi's ways to the rows: the query engine (`strapi.db.query(uid)`), knex
 * (`strapi.db.connection`, `.raw`, `.from`/`.table`/`.join` on a table name), the document service
 * (`strapi.documents(uid)`), the entity service, or a content type's core service (`strapi.service(uid)`).
 */
export interface Finding {
  file: string;
  line: number;
  text: string;
}

const ACCESS_CALL = /\b(?:db\.query|documents|entityService\.\w+|service|query)\(\s*([^,)]*)/g;
const KNEX_CALL = /\b(?:connection|raw|from|table|into|join|leftJoin|innerJoin|rightJoin|withSchema)\(\s*([^)]*)/g;
const STRING = /['"`]([^'"`]*)['"`]/g;

export function scanSource(file: string, source: string, caseTypes: readonly string[], tables: readonly string[]): Finding[] {
  const uidPattern = new RegExp(`^api::(?:${caseTypes.join('|')})\\.`);
  const isCaseUid = (text: string) => uidPattern.test(text);
  // Names bound to a case-file UID in this file: `const UID = 'api::voucher.voucher'`.
  const aliases = new Set<string>();
  for (const match of source.matchAll(/\b(?:const|let|var)\s+(\w+)\s*(?::[^=]+)?=\s*['"`]([^'"`]+)['"`]/g)) {
    if (isCaseUid(match[2])) aliases.add(match[1]);
  }
  const findings: Finding[] = [];
  source.split('\n').forEach((text, index) => {
    const hit = (reason: string) => findings.push({ file, line: index + 1, text: `${text.trim()}  ← ${reason}` });
    for (const match of text.matchAll(ACCESS_CALL)) {
      const argument = match[1].split(/\s+as\s+/)[0].trim();
      const literal = [...argument.matchAll(STRING)].map((m) => m[1]);
      if (literal.some(isCaseUid)) hit('case-file UID');
      else if (aliases.has(argument)) hit(`case-file UID through ${argument}`);
      else if (argument.startsWith('uidOf(')) hit('case-file UID through uidOf()');
    }
    for (const match of text.matchAll(KNEX_CALL)) {
      const literal = [...match[1].matchAll(STRING)].map((m) => m[1].split(/\s+as\s+|\./)[0].trim());
      if (literal.some((name) => tables.includes(name))) hit('case-file table through knex');
    }
  });
  return findings;
}

/** Every .ts/.js file under `root`, as paths relative to `base`. */
export function sourceFiles(root: string, base: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(full);
      } else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push(path.relative(base, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  return out.sort();
}
