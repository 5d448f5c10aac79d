import type { Core } from '@strapi/strapi';

/**
 * Addresses of console pages for the e-mails: PUBLIC_URL (the address people use, behind a proxy) or
 * Strapi's own absolute URL, then /console and the page.
 */
const createLinksService = ({ strapi }: { strapi: Core.Strapi }) => ({
  console(path: string): string {
    const base = (
      process.env.PUBLIC_URL ||
      (strapi.config.get('server.absoluteUrl') as string | undefined) ||
      'http://localhost:1337'
    ).replace(/\/+$/, '');
    return `${base}/console/${path.replace(/^\/+/, '')}`;
  },
});

export default createLinksService;
export type LinksService = ReturnType<typeof createLinksService>;
