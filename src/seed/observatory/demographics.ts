/**
 * Section 2 of the programming document, per comune (ISTAT code). Tabella 1: population by age band at
 * 31/12/2018 (data from the comuni); Tabelle 2, 3, 5, 8: the published indices (ageing and structural
 * dependency at 1/1/2019, over-80 share 2018, foreign incidence); Tabella 6: foreign residents
 * 2015/2018; Tabelle 9, 11, 12, 15, 17, 18: families, birth rate, children-per-woman index, employment
 * rate, public housing, disabled persons; vulnerability index and average income (2016).
 */
export interface SeedDemographic {
  istat: string;
  bands: [number, number, number, number, number, number, number];
  total: number;
  foreign2015: number;
  foreign2018: number;
  published: { ageingIndex: number; structuralDependencyIndex: number; over80Share: number; foreignIncidence: number };
  figures: {
    families: number;
    birthRate: number;
    childLoadIndex: number;
    employmentRate: number;
    publicHousing: { total: number; sap: number; sas: number; other: number };
    disabledMinors: number | null;
    disabledAdults: number | null;
    foreign0to14: number;
    foreign15to19: number;
    vulnerabilityIndex: number;
    averageIncome2016: number;
  };
}

export const DEMOGRAPHIC_YEAR = 2018;
export const DEMOGRAPHIC_SOURCE = 'Documento di programmazione 2018-2020, sez. 2 (Tabella 1 e tabelle per comune)';

const row = (
  istat: string,
  bands: SeedDemographic['bands'],
  total: number,
  foreign: [number, number],
  published: [number, number, number, number],
  f: [
    number,
    number,
    number,
    number,
    [number, number, number, number],
    number | null,
    number | null,
    number,
    number,
    number,
    number,
  ]
): SeedDemographic => ({
  istat,
  bands,
  total,
  foreign2015: foreign[0],
  foreign2018: foreign[1],
  published: {
    ageingIndex: published[0],
    structuralDependencyIndex: published[1],
    over80Share: published[2],
    foreignIncidence: published[3],
  },
  figures: {
    families: f[0],
    birthRate: f[1],
    childLoadIndex: f[2],
    employmentRate: f[3],
    publicHousing: { total: f[4][0], sap: f[4][1], sas: f[4][2], other: f[4][3] },
    disabledMinors: f[5],
    disabledAdults: f[6],
    foreign0to14: f[7],
    foreign15to19: f[8],
    vulnerabilityIndex: f[9],
    averageIncome2016: f[10],
  },
});

//                    0-3   4-14  15-18 19-25 26-64  65-85 >85    total   stranieri 15/18   vecchiaia dip.  >80   stranieri%   famiglie natalità carico occupaz. alloggi            disabili min/mag  str.0-14 15-19 vulnerab. reddito
export const demographics: SeedDemographic[] = [
  row(
    '015016',
    [89, 417, 151, 289, 2059, 781, 83],
    3869,
    [268, 313],
    [170.9, 54.9, 4.59, 8.1],
    [1646, 8.5, 18.4, 71.33, [14, 14, 0, 0], 21, 20, 51, 15, 95.7, 18339]
  ),
  row(
    '015040',
    [162, 801, 336, 595, 4473, 1800, 273],
    8440,
    [489, 508],
    [186.7, 55.1, 4.89, 6.0],
    [3601, 6.4, 17.3, 70.42, [27, 27, 0, 0], 24, 50, 86, 25, 96.04, 19258]
  ),
  row(
    '015044',
    [292, 914, 286, 401, 3867, 1209, 126],
    7095,
    [480, 523],
    [107.1, 55.5, 3.58, 7.4],
    [2936, 10.0, 23.9, 71.62, [18, 18, 0, 0], 34, 23, 102, 16, 95.75, 17649]
  ),
  row(
    '015051',
    [518, 1771, 645, 1097, 8482, 2735, 308],
    15556,
    [1215, 1246],
    [133.2, 52.2, 4.34, 7.9],
    [6461, 6.8, 19.6, 73, [94, 94, 0, 0], 50, 80, 249, 55, 95.91, 17579]
  ),
  row(
    '015060',
    [368, 1605, 575, 807, 7123, 3128, 352],
    13958,
    [1208, 1301],
    [157.5, 63.7, 4.72, 9.4],
    [5884, 9.2, 21.9, 73.64, [23, 19, 4, 0], null, null, 246, 44, 96.42, 20615]
  ),
  row(
    '015070',
    [1277, 4258, 1314, 2064, 18071, 6906, 985],
    34875,
    [2008, 2126],
    [141.9, 62.9, 5.9, 6.1],
    [14842, 8.5, 22.6, 73.14, [259, 254, 3, 2], 61, 95, 374, 102, 95.95, 21756]
  ),
  row(
    '015106',
    [239, 1121, 342, 533, 5012, 1339, 181],
    8767,
    [800, 742],
    [104.8, 51.1, 4.61, 8.5],
    [3789, 10.0, 21.2, 75.27, [25, 25, 0, 0], 46, 26, 138, 29, 95.93, 18460]
  ),
  row(
    '015108',
    [707, 2330, 811, 1389, 11072, 3984, 543],
    20836,
    [1389, 2274],
    [151.9, 57.3, 5.68, 12.0],
    [8931, 7.4, 20.9, 72.94, [120, 120, 0, 0], 45, 79, 435, 116, 96.75, 18327]
  ),
  row(
    '015172',
    [226, 940, 429, 743, 4998, 1575, 210],
    9121,
    [633, 703],
    [152.9, 48.2, 4.64, 7.8],
    [3738, 6.0, 15.6, 70.09, [15, 15, 0, 0], 27, 58, 135, 41, 96.24, 17250]
  ),
];
