/**
 * The governance engine's core: pure TypeScript (no Strapi, no Node built-ins), unit-tested, usable by
 * the console too.
 */
export * from './types';
export { BODY_TYPE_LABELS, SEAT_LABELS, seatsLabel } from './labels';
export { evaluateComposition, isActiveOn } from './composition';
export { dayInItaly, midnightInItaly, nextDay } from './dates';
export type { CompositionMember, CompositionContext } from './composition';
export { checkCompositionRules, checkQuorumRule } from './rule-checks';
export type { RuleIssue } from './rule-checks';
export { DEFAULT_COMPOSITION, DEFAULT_QUORUM, defaultQuorum } from './default-rules';
export { evaluateQuorum, requiredWeight } from './quorum';
export type { QuorumVoter } from './quorum';
export { scanText, scanPersonalData, textView, PRIVATE_MAIL_DOMAINS } from './personal-data';
export { transition, editableBy, stateLabel, MINUTES_ACTIONS, MINUTES_TRANSITIONS } from './minutes-states';
export type { MinutesAction, TransitionFacts, TransitionResult } from './minutes-states';
export { checkTemplateItems, draftItems, DEFAULT_TEMPLATE, MAX_TEMPLATE_ITEMS } from './minutes-template';
export type { MinutesTemplate, TemplateEntry, TemplateIssue } from './minutes-template';
