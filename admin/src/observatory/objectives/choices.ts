/** Objective types of the programming document. */
export const objectiveTypeChoices = [
  { id: 'strategico', name: 'observatory.enums.objectiveType.strategico' },
  { id: 'specifico', name: 'observatory.enums.objectiveType.specifico' },
];

/** The programming periods the objectives have (`2015-2017`, ...), most recent first: those the list filters by. */
export function periodChoicesOf(periods: string[]): { id: string; name: string }[] {
  return [...new Set(periods.filter((p) => /^\d{4}-\d{4}$/.test(p)))]
    .sort()
    .reverse()
    .map((id) => ({ id, name: id }));
}

export const indicatorKindChoices = [
  { id: 'manual', name: 'observatory.enums.indicatorKind.manual' },
  { id: 'computed', name: 'observatory.enums.indicatorKind.computed' },
];
