/** Italian messages of the cases console. */
export const casesIt = {};
