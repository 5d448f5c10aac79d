/** English messages of the governance console; same keys as ./governance.it.ts. */
export const governanceEn = {};
