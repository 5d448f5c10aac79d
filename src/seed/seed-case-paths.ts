import { entriesOf } from '../cases/case-path';
import { casePaths } from './data/case-paths';
import type { SeedContext } from './seed-context';

/**
 * The demo services' case paths (workflow and forms of their cases), written like the UdP's through the document
 * service, so the same rules check them. A service that already has a case path keeps it (the UdP may have changed it).
 * Runs after the demo forms and workflows exist and before the demo cases, which start their service's workflow.
 */
export async function seedCasePaths({ strapi, documentIdOf, count }: SeedContext): Promise<void> {
  if (!strapi.plugin('workflows') || !strapi.plugin('forms')) return;
  for (const [code, path] of Object.entries(casePaths)) {
    const documentId = documentIdOf('service', code);
    if (!documentId) continue;
    const row = (await strapi.db
      .query('api::service.service')
      .findOne({ where: { documentId }, select: ['caseWorkflow', 'caseForms'] })) as {
      caseWorkflow: string | null;
      caseForms: unknown;
    } | null;
    if (!row || row.caseWorkflow || entriesOf(row.caseForms).length > 0) {
      count('case path', false);
      continue;
    }
    // Not localized: Strapi's i18n copies them to the English version.
    await strapi.documents('api::service.service').update({ documentId, locale: 'it', data: path } as never);
    count('case path', true);
  }
}
