import { maxLength, regex, required } from 'react-admin';

/** Codes of the catalogue (`code` attributes): lower-case letters, digits and hyphens. */
export const validateCode = (max: number) => [required(), maxLength(max), regex(/^[a-z0-9-]+$/, 'ambito.validation.code')];

/** A required text of at most `max` characters. */
export const requiredText = (max: number) => [required(), maxLength(max)];
