/** Objective types of the programming document. */
export const objectiveTypeChoices = [
  { id: 'strategico', name: 'observatory.enums.objectiveType.strategico' },
  { id: 'specifico', name: 'observatory.enums.objectiveType.specifico' },
];

/** Programming periods of the demo data (2015-2017 evaluated, 2018-2020 and 2021-2023 planned). */
export const periodChoices = ['2015-2017', '2018-2020', '2021-2023'].map((id) => ({ id, name: id }));

export const indicatorKindChoices = [
  { id: 'manual', name: 'observatory.enums.indicatorKind.manual' },
  { id: 'computed', name: 'observatory.enums.indicatorKind.computed' },
];
