import type { Core } from '@strapi/strapi';
import { registerSessionSecurity } from './sessions';
import { enforceStrictQueryParams } from './strict-query';

/** Called from src/index.ts `register`: the security rules that live below the routes. */
export function registerSecurity(strapi: Core.Strapi): void {
  registerSessionSecurity(strapi);
  enforceStrictQueryParams(strapi);
}
