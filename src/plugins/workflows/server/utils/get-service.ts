import type { Core } from '@strapi/strapi';
import type { AuditService } from '../services/audit';
import type { DailyJobService } from '../services/daily-job';
import type { DefinitionsService } from '../services/definitions';
import type { ErasureService } from '../services/erasure';
import type { InstancesService } from '../services/instances';
import type { NotificationsService } from '../services/notifications';
import type { SubjectRulesService } from '../services/subject-rules';
import type { TasksService } from '../services/tasks';
import type { TransitionsService } from '../services/transitions';

interface Services {
  audit: AuditService;
  'daily-job': DailyJobService;
  definitions: DefinitionsService;
  erasure: ErasureService;
  instances: InstancesService;
  notifications: NotificationsService;
  'subject-rules': SubjectRulesService;
  tasks: TasksService;
  transitions: TransitionsService;
}

export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('workflows').service(name) as Services[K];
}
