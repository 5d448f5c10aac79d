/** English messages of the cases console; same keys as ./cases.it.ts. */
export const casesEn = {};
