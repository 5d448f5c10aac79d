/** Italian messages of the observatory console. */
export const observatoryIt = {};
