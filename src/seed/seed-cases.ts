import type { SeedContext } from './seed-context';

/** Demo case files of Distretto 4 (issue #5). */
export async function seedCases(_context: SeedContext): Promise<void> {}
