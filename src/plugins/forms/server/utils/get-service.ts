import type { Core } from '@strapi/strapi';
import type { DefinitionsService } from '../services/definitions';
import type { PersonalDataService } from '../services/personal-data';
import type { ResponsesService } from '../services/responses';
import type { SubjectGuardsService } from '../services/subject-guards';
import type { SubmissionsService } from '../services/submissions';

interface Services {
  definitions: DefinitionsService;
  submissions: SubmissionsService;
  subjectGuards: SubjectGuardsService;
  personalData: PersonalDataService;
  responses: ResponsesService;
}

export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('forms').service(name) as Services[K];
}
