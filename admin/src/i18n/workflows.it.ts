/** Italian messages of the workflows console. */
export const workflowsIt = {};
