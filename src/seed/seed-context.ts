import type { Core } from '@strapi/strapi';

/** What a seeding step gets: Strapi, the documentIds of the catalogue loaded so far, and a counter. */
export interface SeedContext {
  strapi: Core.Strapi;
  /** documentId of a catalogue record by natural key: ('municipality', istat), ('area' | 'service' | 'funding' | 'measure', code), ('provider', vat). */
  documentIdOf: (type: string, naturalKey: string) => string | undefined;
  /** Records one record as created (true) or kept because it already existed (false). */
  count: (type: string, created: boolean) => void;
}
