import type { PermissionSet } from './types';

const actions = (controller: string, names: string[]) => names.map((name) => `plugin::observatory.${controller}.${name}`);

/** Planning data and aggregates: objectives, indicators with their yearly values, population, the evaluation table. */
const PLANNING = [
  ...actions('objectives', ['find', 'findOne']),
  ...actions('indicators', ['find', 'findOne', 'compute']),
  ...actions('demographics', ['find', 'findOne']),
  ...actions('evaluation', ['table']),
];
/** The observatory of needs and the exports of lists and dashboards (counts only, never records). */
const OBSERVATORY = [...actions('dashboard', ['summary']), ...actions('exports', ['download'])];
/** The UdP runs the observatory. */
const WRITE = [
  ...actions('objectives', ['create', 'update']),
  ...actions('indicators', ['create', 'update', 'preview', 'setValue', 'snapshot']),
  ...actions('demographics', ['create', 'update']),
];

/**
 * The observatory (issue #8). Table members read planning data and aggregates only (no personal data
 * is ever in them); the public reads nothing here: the HSDS routes (/hsds/...) are public by design and
 * need no permission.
 */
export const observatoryPermissions: PermissionSet = {
  prefixes: ['plugin::observatory.'],
  grants: {
    udp: [...PLANNING, ...OBSERVATORY, ...WRITE],
    operator: [...PLANNING, ...OBSERVATORY],
    'table-member': PLANNING,
  },
};
