import type { Core } from '@strapi/strapi';
import { ruledController } from '../../../copayment/server/ruled-controller';
import { TARIFF } from '../../../copayment/server/tariffs-in-force';
import { regulationRules } from '../validation/regulation-rules';

/** Deleting a regulation deletes its tariffs: a tariff outside a regulation means nothing. */
async function deleteTariffs(strapi: Core.Strapi, documentId: string): Promise<void> {
  const tariffs = (await strapi.db.query(TARIFF).findMany({
    where: { regulation: { documentId } },
    select: ['documentId'],
  })) as { documentId: string }[];
  for (const tariff of tariffs) await strapi.documents(TARIFF).delete({ documentId: tariff.documentId });
}

export default ruledController('api::copayment-regulation.copayment-regulation', regulationRules, {
  beforeDelete: deleteTariffs,
});
