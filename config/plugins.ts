import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // The generic engines: local plugins compiled with the app (see src/plugins/<name>/strapi-server.js).
  forms: { enabled: true, resolve: './src/plugins/forms' },
  governance: { enabled: true, resolve: './src/plugins/governance' },
  observatory: { enabled: true, resolve: './src/plugins/observatory' },
  workflows: { enabled: true, resolve: './src/plugins/workflows' },
  'users-permissions': {
    config: {
      // Short-lived access tokens with revocable refresh sessions (the console refreshes on 401).
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024),
      security: {
        allowedTypes: [
          'image/png',
          'image/jpeg',
          'application/pdf',
          'application/msword',
          'application/vnd.openxmlformats-officedocument.*',
          'application/vnd.oasis.opendocument.*',
          'text/plain',
          'text/csv',
        ],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
});

export default config;
