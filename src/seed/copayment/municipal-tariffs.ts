import type { IseeBand, TariffParameters } from '../../copayment/calculator/types';
import type { SeedRegulation } from './types';
import { EXAMPLE_NOTE, HOME_CARE_HOUR, TRANSPORT_TRIP } from './uniform-tariffs';

/** Bands from a list of [from, share]: each band ends where the next starts, the last is open. */
const steps = (list: [number, number][]): IseeBand[] =>
  list.map(([iseeFrom, sharePercent], i) => ({ iseeFrom, iseeTo: i + 1 < list.length ? list[i + 1][0] : null, sharePercent }));

const homeCare = (rule: Partial<TariffParameters>): TariffParameters => ({
  unit: 'hour',
  unitCost: HOME_CARE_HOUR,
  rule: 'bands',
  rounding: 'cent',
  ...rule,
});
const transport = (rule: Partial<TariffParameters>): TariffParameters => ({
  unit: 'trip',
  unitCost: TRANSPORT_TRIP,
  rule: 'bands',
  rounding: 'cent',
  ...rule,
});
const linear = (iseeFloor: number, iseeCeiling: number, minSharePercent: number, maxSharePercent: number) =>
  ({ rule: 'linear', iseeFloor, iseeCeiling, minSharePercent, maxSharePercent }) as const;

/**
 * EXAMPLE DATA: each comune's own tariffs of today (applied since 2018 under the district regulation,
 * "ogni comune ha stabilito su quali servizi avviare l'applicazione sperimentale della compartecipazione").
 * Figures invented for the demonstration, deliberately different from one comune to the next.
 */
const TODAY: { istat: string; name: string; home: TariffParameters; trips: TariffParameters }[] = [
  {
    istat: '015016',
    name: 'Bellinzago Lombardo',
    home: homeCare({
      bands: steps([
        [0, 0],
        [5000, 25],
        [12000, 50],
        [20000, 75],
      ]),
    }),
    trips: transport({
      bands: steps([
        [0, 0],
        [8000, 20],
      ]),
    }),
  },
  {
    istat: '015040',
    name: 'Bussero',
    home: homeCare({ ...linear(5000, 25000, 0, 70), rounding: 'down-10-cents', monthlyCap: 250 }),
    trips: transport({ ...linear(6000, 20000, 0, 50), monthlyCap: 60 }),
  },
  {
    istat: '015044',
    name: 'Cambiago',
    home: homeCare({
      bands: steps([
        [0, 0],
        [7000, 20],
        [14000, 40],
        [21000, 65],
      ]),
      rounding: 'nearest-10-cents',
      monthlyCap: 300,
    }),
    trips: transport({
      bands: steps([
        [0, 10],
        [5000, 25],
        [15000, 40],
      ]),
    }),
  },
  {
    istat: '015051',
    name: 'Carugate',
    home: homeCare({ ...linear(8000, 35000, 10, 90), monthlyCap: 400 }),
    trips: transport({ ...linear(7000, 30000, 0, 70), monthlyCap: 100 }),
  },
  {
    istat: '015060',
    name: "Cassina de' Pecchi",
    home: homeCare({ ...linear(6500, 28000, 0, 100), monthlyCap: 450 }),
    trips: transport({
      bands: steps([
        [0, 0],
        [6000, 20],
        [12000, 40],
        [24000, 60],
      ]),
    }),
  },
  {
    istat: '015070',
    name: 'Cernusco sul Naviglio',
    home: homeCare({
      bands: steps([
        [0, 0],
        [6000, 15],
        [12000, 35],
        [18000, 55],
        [26000, 75],
        [40000, 100],
      ]),
      householdFactors: [
        { householdSize: 4, coefficient: 1.15 },
        { householdSize: 5, coefficient: 1.25 },
      ],
      monthlyCap: 350,
    }),
    trips: transport({ ...linear(6000, 25000, 0, 65), rounding: 'down-10-cents', monthlyCap: 90 }),
  },
  {
    istat: '015106',
    name: 'Gessate',
    home: homeCare({ ...linear(7500, 30000, 0, 60), rounding: 'down-10-cents' }),
    trips: transport({
      bands: steps([
        [0, 0],
        [10000, 30],
      ]),
    }),
  },
  {
    istat: '015108',
    name: 'Gorgonzola',
    home: homeCare({
      bands: steps([
        [0, 0],
        [8000, 30],
        [16000, 60],
        [30000, 90],
      ]),
      monthlyCap: 380,
    }),
    trips: transport(linear(9000, 28000, 0, 55)),
  },
  {
    istat: '015172',
    name: 'Pessano con Bornago',
    home: homeCare({ ...linear(5000, 20000, 0, 85), rounding: 'nearest-euro', monthlyCap: 200 }),
    trips: transport({
      bands: steps([
        [0, 0],
        [7500, 25],
        [15000, 50],
      ]),
      monthlyCap: 70,
    }),
  },
];

export const municipalRegulations: SeedRegulation[] = TODAY.map(({ istat, name, home, trips }) => ({
  code: `comunale-${istat}-2018`,
  name: `Tariffe comunali vigenti – ${name}`,
  scheme: 'municipal',
  municipality: istat,
  validFrom: '2018-01-01',
  approvalAct: 'Deliberazione della Giunta comunale (esempio)',
  notes: EXAMPLE_NOTE,
  tariffs: { 'sad-sadh-adh': home, 'trasporto-sociale': trips },
}));
