/**
 * The workflows engine's core: pure TypeScript (no Strapi, no database), shared by the plugin's server and
 * usable by the console. Definitions are validated here; guards, actions and deadlines are interpreted here.
 */
export type * from './types';
export { validateDefinition, referencedUsers, MAX_JSON_DEPTH } from './validate-definition';
export { definitionSchema, KEY_PATTERN, LIMITS } from './definition-schema';
export { MAX_EXPRESSION_DEPTH, INSTANCE_VARIABLES } from './expression-checks';
export { USER_KEYWORDS } from './definition-checks';
export { fromStates, transitionsFrom, stateOf, initialState, reachableStates, rolesOf } from './graph';
export { guardReasons, roleReason, isFilled, formsRead, readsRecord, reason } from './guards';
export type { RoleNames } from './guards';
export type { GuardFacts, Reason } from './guards';
export { transitionOptions } from './availability';
export type { TransitionOption } from './availability';
export { planEffects } from './actions';
export { migrationEffects } from './migration-effects';
export type { MigrationEffects, MigratingInstance } from './migration-effects';
export type { Effects, EffectContext, Move, Person, PlannedNotification, PlannedTask } from './actions';
export { addDays, addWorkingDays, isWorkingDay, romeDate, deadlineFrom, isOverdue } from './deadlines';
export { issue, bilingual } from './issues';
export { listVariables } from '../../forms/shared';
