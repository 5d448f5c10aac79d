import accounts from './accounts';
import actionItems from './action-items';
import amendments from './amendments';
import attendance from './attendance';
import bodies from './bodies';
import calendar from './calendar';
import composition from './composition';
import documents from './documents';
import meetings from './meetings';
import memberships from './memberships';
import minutes from './minutes';
import minutesLifecycle from './minutes-lifecycle';
import minutesTemplates from './minutes-templates';
import minutesWorkflow from './minutes-workflow';
import publication from './publication';

export default {
  accounts,
  actionItems,
  amendments,
  attendance,
  bodies,
  calendar,
  composition,
  documents,
  meetings,
  memberships,
  minutes,
  minutesLifecycle,
  minutesTemplates,
  minutesWorkflow,
  publication,
};
