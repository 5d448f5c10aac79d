import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { scheduleDailyJob } from './daily-schedule';
import { registerAppendOnlyRows, registerImmutability } from './immutability';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerImmutability(strapi);
  },
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerAppendOnlyRows(strapi);
    scheduleDailyJob(strapi);
  },
  config: {
    default: {
      // Overdue detection every morning at 06:15, Italian time (WORKFLOWS_DAILY_JOB=false turns it off;
      // WORKFLOWS_DAILY_JOB_RULE, a cron rule with seconds, changes when it is tried).
      dailyJob: {
        enabled: process.env.WORKFLOWS_DAILY_JOB !== 'false',
        rule: process.env.WORKFLOWS_DAILY_JOB_RULE || '0 15 6 * * *',
      },
      // The daily job e-mails the people in charge of records due within this many working days (once per
      // deadline; MAIL_DEADLINE_NOTICE_WORKING_DAYS, 0: only those due today).
      deadlineNotice: { workingDays: Math.max(0, Number(process.env.MAIL_DEADLINE_NOTICE_WORKING_DAYS ?? 2) || 0) },
    },
    validator() {},
  },
  contentTypes,
  controllers,
  routes,
  services,
};
