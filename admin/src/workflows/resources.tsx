/** Workflows: the workflow designer, a record's state panel, my tasks (issue #4); rendered inside <Admin> in App.tsx. */
export const workflowsResources = <></>;
