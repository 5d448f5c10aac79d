import { objectives2015a } from './objectives-2015-2017-a';
import { objectives2015b } from './objectives-2015-2017-b';
import { objectives2015c } from './objectives-2015-2017-c';
import { objectives2020 } from './objectives-2020';

export { demographics, DEMOGRAPHIC_SOURCE, DEMOGRAPHIC_YEAR } from './demographics';
export { SOURCE_2015_2017 } from './types';
export type { SeedObjective, SeedIndicator } from './types';

/** Every demo objective in the order of the document (sortOrder follows it). */
export const objectives = [...objectives2015a, ...objectives2015b, ...objectives2015c, ...objectives2020];
