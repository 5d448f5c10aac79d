import actionItems from './action-items';
import amendments from './amendments';
import bodies from './bodies';
import calendar from './calendar';
import meetings from './meetings';
import memberships from './memberships';
import minutes from './minutes';

export default { actionItems, amendments, bodies, calendar, meetings, memberships, minutes };
