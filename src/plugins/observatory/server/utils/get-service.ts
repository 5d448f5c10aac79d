import type { Core } from '@strapi/strapi';
import type objectives from '../services/objectives';
import type indicators from '../services/indicators';
import type demographics from '../services/demographics';
import type evaluation from '../services/evaluation';
import type hsds from '../services/hsds';
import type dashboard from '../services/dashboard';

interface Services {
  objectives: ReturnType<typeof objectives>;
  indicators: ReturnType<typeof indicators>;
  demographics: ReturnType<typeof demographics>;
  evaluation: ReturnType<typeof evaluation>;
  hsds: ReturnType<typeof hsds>;
  dashboard: ReturnType<typeof dashboard>;
}

export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('observatory').service(name) as Services[K];
}
