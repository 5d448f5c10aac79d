import type { Core } from '@strapi/strapi';
import { assertNoFieldErrors, type FieldError } from '../validation/field-errors';
import { accreditationRules } from '../api/accreditation/validation/accreditation-rules';
import { providerRules } from '../api/provider/validation/provider-rules';
import { serviceRules } from '../api/service/validation/service-rules';
import { regulationRules } from '../api/copayment-regulation/validation/regulation-rules';
import { tariffRules } from '../api/copayment-tariff/validation/tariff-rules';

export interface WriteContext {
  action: 'create' | 'update';
  data: Record<string, unknown>;
  documentId?: string;
}

export type DocumentRule = (strapi: Core.Strapi, write: WriteContext) => Promise<FieldError[]>;

const RULES: Record<string, DocumentRule> = {
  'api::provider.provider': providerRules,
  'api::accreditation.accreditation': accreditationRules,
  'api::service.service': serviceRules,
  // Also checked by their controllers (before the body is prepared); here they bind every other writer.
  'api::copayment-regulation.copayment-regulation': regulationRules,
  'api::copayment-tariff.copayment-tariff': tariffRules,
};

/**
 * Domain rules of the catalogue and the co-payment regulation, enforced in the document service so every writer (API, console,
 * seed, other plugins) obeys them. A broken rule is a 400 naming the field; nothing is written.
 */
export function registerDocumentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rule = RULES[context.uid];
    if (rule && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { data?: Record<string, unknown>; documentId?: string };
      const write: WriteContext = { action: context.action, data: params.data ?? {}, documentId: params.documentId };
      assertNoFieldErrors(await rule(strapi, write));
    }
    return next();
  });
}
