/**
 * Routes of Strapi's own admin panel API (and of the plugins Strapi ships) that Strapi serves without an
 * admin session (`auth: false` in @strapi/admin's and the plugins' route files), as Strapi documents them:
 * the admin's sign-in, first-admin registration, invitation and password-reset flows, and what the login
 * page needs before sign-in. tests/api/security-routes.test.ts fails when Strapi opens another one (e.g. after
 * an upgrade), so that it is read and decided, and checks that every other admin GET answers 401.
 * Decision (issue #9): Strapi's admin panel is Strapi's: its own throttling and RBAC apply; the app adds
 * nothing there. Production deployments may keep /admin off the public network (docs/operations.md "Production").
 */
export const STRAPI_PUBLIC_ADMIN_ROUTES: Record<string, string> = {
  // What the admin's login page reads before sign-in.
  'GET /admin/init': 'whether an admin exists yet, project id and flags for the login page',
  'GET /admin/project-type': 'community or enterprise edition, for the login page',
  // Sign-in and the access token renewed from the admin's refresh cookie.
  'POST /admin/login': "admin sign-in (Strapi's own rate limit)",
  'POST /admin/access-token': 'renews the admin access token; the httpOnly refresh cookie is the credential',
  // First admin: open only while no admin account exists (Strapi answers 400 afterwards). Create the first
  // admin at deployment, before the port is reachable (SECURITY.md).
  'POST /admin/register-admin': 'registers the first super admin, only while none exists',
  // Invitations: the registration token e-mailed by a super admin is the credential.
  'GET /admin/registration-info': 'invitation details for a registration token',
  'POST /admin/register': 'completes an invitation with its registration token',
  // Password reset of admin accounts: the e-mailed reset token is the credential.
  'POST /admin/forgot-password': 'admin password reset request',
  'POST /admin/reset-password': 'admin password reset with the e-mailed token',
  // Content manager's preview: a static script for a front end's preview iframe, no data.
  'GET /content-manager/preview/script': "the content manager's preview script (static, no data)",
};
