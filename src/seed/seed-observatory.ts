import type { SeedContext } from './seed-context';

/** Demo objectives, indicators and demographics of the programming document (issue #8). */
export async function seedObservatory(_context: SeedContext): Promise<void> {}
