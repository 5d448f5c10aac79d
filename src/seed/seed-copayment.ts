import type { SeedContext } from './seed-context';

/** The district co-payment regulation, per-comune tariffs and the uniform proposal (filled in by the co-payment work). */
export async function seedCopayment(_context: SeedContext): Promise<void> {}
