import type { Field } from './types';

/** Whether a field holds no answer of its own: a calculated value (computed) or a static text (only shown). */
export const isValueless = (field: Field): boolean => field.type === 'calculated' || field.type === 'staticText';
