/** The plugin's content types. */
export const UID = {
  workflow: 'plugin::workflows.workflow',
  version: 'plugin::workflows.workflow-version',
  instance: 'plugin::workflows.instance',
  history: 'plugin::workflows.history',
  audit: 'plugin::workflows.audit-record',
  task: 'plugin::workflows.task',
  notification: 'plugin::workflows.notification',
  jobRun: 'plugin::workflows.job-run',
} as const;

/** Records nobody changes or deletes once written. */
export const APPEND_ONLY: string[] = [UID.audit, UID.history];
