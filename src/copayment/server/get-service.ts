import type { Core } from '@strapi/strapi';
import type quote from '../../api/copayment/services/quote';
import type simulation from '../../api/copayment/services/simulation';

interface Services {
  quote: ReturnType<typeof quote>;
  simulation: ReturnType<typeof simulation>;
}

/** The co-payment API's services, typed. */
export function getService<N extends keyof Services>(strapi: Core.Strapi, name: N): Services[N] {
  return strapi.service(`api::copayment.${name}`) as Services[N];
}
