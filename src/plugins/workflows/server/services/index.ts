import audit from './audit';
import dailyJob from './daily-job';
import definitions from './definitions';
import erasure from './erasure';
import instances from './instances';
import notifications from './notifications';
import subjectRules from './subject-rules';
import tasks from './tasks';
import transitions from './transitions';

export default {
  audit,
  'daily-job': dailyJob,
  definitions,
  erasure,
  instances,
  notifications,
  'subject-rules': subjectRules,
  tasks,
  transitions,
};
