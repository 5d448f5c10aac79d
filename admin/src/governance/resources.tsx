/** Governance: bodies, memberships, meetings, minutes (issue #6); rendered inside <Admin> in App.tsx. */
export const governanceResources = <></>;
