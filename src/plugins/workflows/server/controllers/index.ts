import definitions from './definitions';
import instances from './instances';
import { audit, notifications, tasks } from './records';

export default { definitions, instances, audit, tasks, notifications };
