import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

export interface DailyJobConfig {
  enabled: boolean;
  /** Cron rule with seconds, in Italian time. */
  rule: string;
}

/**
 * Schedules the daily job with Strapi's cron. Every Strapi instance schedules it; the job itself makes
 * sure it runs once a day (see services/daily-job.ts).
 */
export function scheduleDailyJob(strapi: Core.Strapi): void {
  const config = strapi.plugin('workflows').config('dailyJob') as DailyJobConfig;
  if (!config?.enabled) return;
  strapi.cron.add({
    'workflows-daily': {
      task: async ({ strapi: app }: { strapi: Core.Strapi }) => {
        const outcome = await getService(app, 'daily-job').run();
        if (outcome.ran)
          app.log.info(
            `[workflows] daily job ${outcome.day}: ${outcome.overdueInstances} overdue instances, ${outcome.overdueTasks} overdue tasks`
          );
      },
      options: { rule: config.rule, tz: 'Europe/Rome' },
    },
  });
}
