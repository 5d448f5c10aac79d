import type { PermissionSet } from './types';

const actions = (controller: string, names: string[]) => names.map((name) => `plugin::governance.${controller}.${name}`);

/**
 * Reading routes: each answers only what the caller may see (their bodies' meetings and published
 * minutes; public bodies for everyone; drafts for the UdP), decided by the plugin itself.
 */
const READ = [
  ...actions('bodies', ['find', 'findOne']),
  ...actions('memberships', ['find', 'findOne']),
  ...actions('meetings', ['find', 'findOne']),
  ...actions('minutes', ['find', 'findOne', 'versions', 'version', 'page', 'pdf']),
  ...actions('actionItems', ['find']),
  ...actions('calendar', ['body']),
];
/** Members: their own calendar, amendments and comments (attendees only, checked by the plugin), their action items' status. */
const MEMBER = [
  ...actions('calendar', ['mine', 'createFeed']),
  ...actions('amendments', ['create']),
  ...actions('actionItems', ['update']),
];
/** The UdP is the secretariat of every body. */
const SECRETARIAT = [
  ...actions('bodies', ['create', 'update', 'delete']),
  ...actions('memberships', ['create', 'update', 'delete']),
  ...actions('accounts', ['search', 'invite']),
  ...actions('minutesTemplates', ['find', 'findOne', 'update']),
  ...actions('meetings', ['create', 'update', 'delete', 'convene', 'cancel', 'reopen', 'attendance', 'attach', 'detach']),
  ...actions('minutes', ['create', 'update', 'openReview', 'approve', 'publish']),
  ...actions('amendments', ['accept', 'reject']),
  ...actions('actionItems', ['create']),
];
/** The secret subscription URL of a member's calendar: the token is the credential. */
const FEED = actions('calendar', ['feed']);

export const governancePermissions: PermissionSet = {
  prefixes: ['plugin::governance.'],
  grants: {
    udp: [...READ, ...MEMBER, ...SECRETARIAT, ...FEED],
    operator: [...READ, ...MEMBER, ...FEED],
    provider: [...READ, ...MEMBER, ...FEED],
    'table-member': [...READ, ...MEMBER, ...FEED],
    public: [...READ, ...FEED],
  },
};
