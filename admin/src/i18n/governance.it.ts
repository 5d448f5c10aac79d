/** Italian messages of the governance console. */
export const governanceIt = {};
