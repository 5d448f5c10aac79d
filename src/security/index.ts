import type { Core } from '@strapi/strapi';
import { registerSessionSecurity } from './sessions';

/** Called from src/index.ts `register`: the security rules that live below the routes. */
export function registerSecurity(strapi: Core.Strapi): void {
  registerSessionSecurity(strapi);
}
