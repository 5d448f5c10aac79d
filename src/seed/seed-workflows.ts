import type { SeedContext } from './seed-context';

/** Demo workflows of Distretto 4 and instances of them (filled in by the workflows engine's work). */
export async function seedWorkflows(_context: SeedContext): Promise<void> {}
