import auditRecord from './audit-record/schema.json';
import history from './history/schema.json';
import instance from './instance/schema.json';
import jobRun from './job-run/schema.json';
import notification from './notification/schema.json';
import task from './task/schema.json';
import workflow from './workflow/schema.json';
import workflowVersion from './workflow-version/schema.json';

export default {
  workflow: { schema: workflow },
  'workflow-version': { schema: workflowVersion },
  instance: { schema: instance },
  history: { schema: history },
  'audit-record': { schema: auditRecord },
  task: { schema: task },
  notification: { schema: notification },
  'job-run': { schema: jobRun },
};
