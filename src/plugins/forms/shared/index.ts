/**
 * The forms engine's core, shared by the plugin's server and the console: pure TypeScript, no Node
 * built-ins, no Strapi.
 */
export type * from './types';
export type * from './compiled-form-types';
export { validateDefinition, MAX_JSON_DEPTH } from './validate-definition';
export { compileForm, FormDefinitionError } from './compile-form';
export { getCompiledForm, clearCompiledForms } from './form-cache';
export { applyExpression, isTruthy, listVariables, expressionDepth, unknownOperators, KNOWN_OPERATORS } from './expressions';
export type { VariableRef } from './expressions';
export { compileExpression } from './compile-expression';
export type { CompiledExpression } from './compile-expression';
export { sectionPath } from './visibility';
export { definitionSchema, structuralIssues } from './definition-schema';
export { checkPatternSafety, MAX_PATTERN_LENGTH } from './regex-safety';
export { MAX_GROUP_DEPTH } from './definition-checks';
export { MAX_EXPRESSION_DEPTH } from './expression-checks';
export { isPhoneNumber, isEuroAmount, isTimeOfDay } from './formats';
export { isValueless } from './valueless';
export { KEY_PATTERN } from './definition-schema';
export { formKeyFromTitle, uniqueFormKey } from './form-key';
export { fieldIssue } from './issues';
export { personalPaths, isPersonalPath, redactData, keepPersonalData } from './personal';
