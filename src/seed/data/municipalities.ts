import type { SeedMunicipality } from '../types';

/**
 * The 9 comuni of Ambito distrettuale di Cernusco sul Naviglio (Distretto 4).
 * Population: residents at 31/12/2018, Tabella 1 of the programming document (total 122,517).
 * familyServiceZone: zona 1 = Bussero, Carugate, Cernusco sul Naviglio; zona 2 = the others
 * (territorial lots of the Servizio Integrato Minori e Famiglia).
 */
export const municipalities: SeedMunicipality[] = [
  { name: 'Bellinzago Lombardo', istatCode: '015016', cadastralCode: 'A751', familyServiceZone: 'zona2', population: 3869 },
  { name: 'Bussero', istatCode: '015040', cadastralCode: 'B292', familyServiceZone: 'zona1', population: 8440 },
  { name: 'Cambiago', istatCode: '015044', cadastralCode: 'B461', familyServiceZone: 'zona2', population: 7095 },
  { name: 'Carugate', istatCode: '015051', cadastralCode: 'B850', familyServiceZone: 'zona1', population: 15556 },
  { name: "Cassina de' Pecchi", istatCode: '015060', cadastralCode: 'C014', familyServiceZone: 'zona2', population: 13958 },
  { name: 'Cernusco sul Naviglio', istatCode: '015070', cadastralCode: 'C523', familyServiceZone: 'zona1', population: 34875 },
  { name: 'Gessate', istatCode: '015106', cadastralCode: 'D995', familyServiceZone: 'zona2', population: 8767 },
  { name: 'Gorgonzola', istatCode: '015108', cadastralCode: 'E094', familyServiceZone: 'zona2', population: 20836 },
  { name: 'Pessano con Bornago', istatCode: '015172', cadastralCode: 'G502', familyServiceZone: 'zona2', population: 9121 },
];
