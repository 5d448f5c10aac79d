import accounts from './accounts';
import actionItems from './action-items';
import amendments from './amendments';
import bodies from './bodies';
import calendar from './calendar';
import meetings from './meetings';
import memberships from './memberships';
import minutes from './minutes';
import minutesTemplates from './minutes-templates';

export default { accounts, actionItems, amendments, bodies, calendar, meetings, memberships, minutes, minutesTemplates };
