/** English messages of the workflows console; same keys as ./workflows.it.ts. */
export const workflowsEn = {};
