/**
 * Content-API routes, served under /api/governance. Who may call each route is a users-permissions
 * permission granted per role in the app's src/bootstrap/permissions/governance.ts; what each caller then
 * sees (their bodies, public bodies, minutes by state) is decided by the plugin's access rules
 * (server/access/viewer.ts), and writes are checked again for the secretariat in the controllers.
 * No route needs a policy of its own: `policies: []` everywhere.
 */
const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: { policies: [] } });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('GET', '/bodies', 'bodies.find'),
      route('POST', '/bodies', 'bodies.create'),
      route('GET', '/bodies/:id', 'bodies.findOne'),
      route('PUT', '/bodies/:id', 'bodies.update'),
      route('DELETE', '/bodies/:id', 'bodies.delete'),
      route('GET', '/bodies/:id/calendar.ics', 'calendar.body'),

      route('GET', '/memberships', 'memberships.find'),
      route('POST', '/memberships', 'memberships.create'),
      route('GET', '/memberships/:id', 'memberships.findOne'),
      route('PUT', '/memberships/:id', 'memberships.update'),
      route('DELETE', '/memberships/:id', 'memberships.delete'),
      route('POST', '/memberships/:id/invite', 'accounts.invite'),
      route('GET', '/accounts', 'accounts.search'),

      route('GET', '/minutes-templates', 'minutesTemplates.find'),
      route('GET', '/minutes-templates/:bodyType', 'minutesTemplates.findOne'),
      route('PUT', '/minutes-templates/:bodyType', 'minutesTemplates.update'),

      route('GET', '/meetings', 'meetings.find'),
      route('POST', '/meetings', 'meetings.create'),
      route('GET', '/meetings/:id', 'meetings.findOne'),
      route('PUT', '/meetings/:id', 'meetings.update'),
      route('DELETE', '/meetings/:id', 'meetings.delete'),
      route('POST', '/meetings/:id/convene', 'meetings.convene'),
      route('POST', '/meetings/:id/cancel', 'meetings.cancel'),
      route('POST', '/meetings/:id/reopen', 'meetings.reopen'),
      route('PUT', '/meetings/:id/attendance', 'meetings.attendance'),
      route('POST', '/meetings/:id/documents', 'meetings.attach'),
      route('DELETE', '/meetings/:id/documents/:fileId', 'meetings.detach'),

      route('GET', '/minutes', 'minutes.find'),
      route('POST', '/minutes', 'minutes.create'),
      route('GET', '/minutes/:id', 'minutes.findOne'),
      route('PUT', '/minutes/:id', 'minutes.update'),
      route('POST', '/minutes/:id/review', 'minutes.openReview'),
      route('POST', '/minutes/:id/approve', 'minutes.approve'),
      route('POST', '/minutes/:id/publish', 'minutes.publish'),
      route('GET', '/minutes/:id/versions', 'minutes.versions'),
      route('GET', '/minutes/:id/versions/:version', 'minutes.version'),
      route('GET', '/minutes/:id/page', 'minutes.page'),
      route('GET', '/minutes/:id/minutes.pdf', 'minutes.pdf'),
      route('POST', '/minutes/:id/amendments', 'amendments.create'),
      route('POST', '/minutes/:id/amendments/:amendmentId/accept', 'amendments.accept'),
      route('POST', '/minutes/:id/amendments/:amendmentId/reject', 'amendments.reject'),

      route('GET', '/action-items', 'actionItems.find'),
      route('POST', '/action-items', 'actionItems.create'),
      route('PUT', '/action-items/:id', 'actionItems.update'),

      route('GET', '/members/me/calendar.ics', 'calendar.mine'),
      route('POST', '/members/me/calendar-feed', 'calendar.createFeed'),
      route('GET', '/feeds/:token/calendar.ics', 'calendar.feed'),
    ],
  },
};
