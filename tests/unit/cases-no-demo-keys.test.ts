import fs from 'node:fs';
import path from 'node:path';

/**
 * What the UdP configures decides how cases run (issue 14.1): the server and the console name no demo form or
 * workflow; the demo's own configuration lives in src/seed. Translations (texts, not code) are not scanned.
 */
const ROOT = path.join(__dirname, '..', '..');
const DEMO_KEYS = [
  'segretariato-intake',
  'housing-report',
  'sail-enrolment',
  'life-project',
  'voucher-request',
  'segretariato',
  'housing',
  'sail',
];
const QUOTED = new RegExp(`['"\`](${DEMO_KEYS.join('|')})['"\`]`);

function filesUnder(dir: string, skip: string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (
      skip.some((s) => full.startsWith(path.join(ROOT, s))) ||
      entry.name === 'node_modules' ||
      entry.name === '__tests__' ||
      entry.name === 'dist'
    )
      return [];
    if (entry.isDirectory()) return filesUnder(full, skip);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('no demo form or workflow key outside the seed', () => {
  it('the server and the console do not name one', () => {
    const files = [
      ...filesUnder(path.join(ROOT, 'src'), ['src/seed']),
      ...filesUnder(path.join(ROOT, 'admin', 'src'), ['admin/src/i18n']),
    ];
    expect(files.length).toBeGreaterThan(100);
    const named = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (QUOTED.test(line) ? [`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : []))
    );
    expect(named).toEqual([]);
  });
});
