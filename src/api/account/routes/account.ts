// The logged-in user's own profile with role and links, for the console. Granted to every staff role
// in src/bootstrap/roles.ts; the public role has no access.
export default {
  routes: [
    {
      method: 'GET',
      path: '/account/me',
      handler: 'account.me',
      config: { policies: [] },
    },
  ],
};
