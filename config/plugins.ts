import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // The generic engines: local plugins compiled with the app (see src/plugins/<name>/strapi-server.js).
  forms: { enabled: true, resolve: './src/plugins/forms' },
  governance: { enabled: true, resolve: './src/plugins/governance' },
  observatory: { enabled: true, resolve: './src/plugins/observatory' },
  workflows: { enabled: true, resolve: './src/plugins/workflows' },
  mail: { enabled: true, resolve: './src/plugins/mail' },
  // E-mail through an SMTP server (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM). Without
  // SMTP_HOST nodemailer's JSON transport is configured and the outbox writes each notice to the log.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: env('SMTP_HOST')
        ? {
            host: env('SMTP_HOST'),
            port: env.int('SMTP_PORT', 587),
            secure: env.bool('SMTP_SECURE', env.int('SMTP_PORT', 587) === 465),
            ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD') } } : {}),
          }
        : { jsonTransport: true },
      settings: { defaultFrom: env('SMTP_FROM', 'Ambito <no-reply@ambito.invalid>') },
    },
  },
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
