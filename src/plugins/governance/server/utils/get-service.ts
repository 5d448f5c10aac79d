import type { Core } from '@strapi/strapi';
import type { AccountsService } from '../services/accounts';
import type { ActionItemsService } from '../services/action-items';
import type { AmendmentsService } from '../services/amendments';
import type { AttendanceService } from '../services/attendance';
import type { BodiesService } from '../services/bodies';
import type { CalendarService } from '../services/calendar';
import type { CompositionService } from '../services/composition';
import type { DocumentsService } from '../services/documents';
import type { MeetingsService } from '../services/meetings';
import type { MembershipsService } from '../services/memberships';
import type { MinutesService } from '../services/minutes';
import type { MinutesLifecycleService } from '../services/minutes-lifecycle';
import type { MinutesTemplatesService } from '../services/minutes-templates';
import type { MinutesWorkflowService } from '../services/minutes-workflow';
import type { PublicationService } from '../services/publication';

interface Services {
  accounts: AccountsService;
  actionItems: ActionItemsService;
  amendments: AmendmentsService;
  attendance: AttendanceService;
  bodies: BodiesService;
  calendar: CalendarService;
  composition: CompositionService;
  documents: DocumentsService;
  meetings: MeetingsService;
  memberships: MembershipsService;
  minutes: MinutesService;
  minutesLifecycle: MinutesLifecycleService;
  minutesTemplates: MinutesTemplatesService;
  minutesWorkflow: MinutesWorkflowService;
  publication: PublicationService;
}

export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('governance').service(name) as Services[K];
}
