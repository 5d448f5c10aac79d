/** English messages of the observatory console; same keys as ./observatory.it.ts. */
export const observatoryEn = {};
