/** The console's areas, in menu order, with the resources (list pages) each one groups. */
export interface MenuGroup {
  /** Message key under `ambito.layout.groups`. */
  key: string;
  resources: readonly string[];
}

export const MENU_GROUPS: readonly MenuGroup[] = [
  { key: 'catalogue', resources: ['services', 'providers', 'accreditations'] },
  {
    key: 'cases',
    resources: ['cases', 'beneficiaries', 'households', 'referrals', 'interventions', 'vouchers', 'housing-waitlist'],
  },
  {
    key: 'forms',
    resources: ['forms', 'form-submissions', 'form-designs', 'workflow-tasks', 'workflow-instances', 'workflow-designs'],
  },
  {
    key: 'governance',
    resources: [
      'governance-bodies',
      'governance-memberships',
      'governance-meetings',
      'governance-minutes',
      'governance-action-items',
      'governance-calendar',
    ],
  },
  { key: 'copayment', resources: ['copayment-quote', 'copayment-simulation', 'copayment-tariffs', 'copayment-regulations'] },
  {
    key: 'observatory',
    resources: ['observatory-dashboard', 'observatory-objectives', 'observatory-indicators', 'observatory-demographics'],
  },
  { key: 'administration', resources: ['municipalities', 'areas', 'funding-sources', 'measures'] },
];

/**
 * The groups with the listed resources that exist; resources of no group (added later by an area)
 * join the last group, so that nothing drops out of the menu.
 */
export function groupResources(existing: readonly string[], groups: readonly MenuGroup[] = MENU_GROUPS): MenuGroup[] {
  const grouped = new Set(groups.flatMap((group) => group.resources));
  const ungrouped = existing.filter((name) => !grouped.has(name));
  return groups.map((group, index) => ({
    key: group.key,
    resources: [...group.resources.filter((name) => existing.includes(name)), ...(index === groups.length - 1 ? ungrouped : [])],
  }));
}
