import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import type { OutboxService } from './services/outbox';

let timer: NodeJS.Timeout | undefined;

/**
 * The mail engine: an outbox in the database that other engines fill in their own transactions, sent
 * by every instance every MAIL_QUEUE_INTERVAL_SECONDS (0: never, e.g. for scripts), and each user's
 * choice of notices by e-mail.
 */
export default {
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const seconds = Number(process.env.MAIL_QUEUE_INTERVAL_SECONDS ?? 30);
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    const outbox = () => strapi.plugin('mail').service('outbox') as OutboxService;
    let running = false;
    timer = setInterval(() => {
      if (running) return;
      running = true;
      outbox()
        .deliverDue()
        .catch((error) => strapi.log.error(`[mail] coda non elaborata: ${(error as Error).message}`))
        .finally(() => {
          running = false;
        });
    }, seconds * 1000);
    timer.unref();
  },
  destroy() {
    if (timer) clearInterval(timer);
    timer = undefined;
  },
  contentTypes,
  controllers,
  routes,
  services,
};
