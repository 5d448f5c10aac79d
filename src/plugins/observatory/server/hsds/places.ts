/**
 * Postal codes (CAP) of the 9 comuni, by ISTAT code: the catalogue knows the comuni but not their
 * addresses, and an HSDS address needs one. The location is the comune's social services office; its
 * street is not in the catalogue, so address_1 names the office instead.
 */
export const POSTAL_CODES: Record<string, string> = {
  '015016': '20060', // Bellinzago Lombardo
  '015040': '20060', // Bussero
  '015044': '20040', // Cambiago
  '015051': '20061', // Carugate
  '015060': '20051', // Cassina de' Pecchi
  '015070': '20063', // Cernusco sul Naviglio
  '015106': '20060', // Gessate
  '015108': '20064', // Gorgonzola
  '015172': '20060', // Pessano con Bornago
};

export const DISTRICT = {
  key: 'ambito-distretto-4',
  name: 'Ambito distrettuale di Cernusco sul Naviglio – Distretto 4 (Ufficio di Piano)',
  description:
    "L'Ufficio di Piano dei 9 comuni dell'Ambito (Bellinzago Lombardo, Bussero, Cambiago, Carugate, Cassina de' Pecchi, Cernusco sul Naviglio, Gessate, Gorgonzola, Pessano con Bornago): programma e gestisce in forma associata i servizi sociali del distretto.",
  legalStatus: 'Ente pubblico (gestione associata dei Comuni)',
};
