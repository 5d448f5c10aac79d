import type { CaseFormEntry } from '../../cases/case-path';

/**
 * The case path of the demo services ("Percorso della pratica", configured by the UdP on each service): the
 * workflow a new case starts and the forms of its cases, with the transition each one is required before.
 * Keys are those of the demo workflows (src/seed/workflows) and forms (src/seed/forms).
 */
export const casePaths: Record<string, { caseWorkflow: string; caseForms: CaseFormEntry[] }> = (() => {
  const segretariato = {
    caseWorkflow: 'segretariato',
    caseForms: [
      { form: 'segretariato-intake', purpose: 'accesso', roles: ['operator', 'provider'], requiredBefore: 'take-in-charge' },
    ],
  } as const;
  const housing = {
    caseWorkflow: 'housing',
    caseForms: [{ form: 'housing-report', purpose: 'valutazione', roles: ['operator'], requiredBefore: 'admit' }],
  } as const;
  const sail = {
    caseWorkflow: 'sail',
    caseForms: [{ form: 'sail-enrolment', purpose: 'accesso', roles: ['operator'], requiredBefore: 'start-internship' }],
  } as const;
  const voucher = {
    caseWorkflow: 'voucher',
    caseForms: [{ form: 'voucher-request', purpose: 'valutazione', roles: ['operator'], requiredBefore: 'issue' }],
  } as const;
  const lifeProject = {
    caseWorkflow: 'life-project',
    caseForms: [{ form: 'life-project', purpose: 'progetto', roles: ['operator', 'provider'], requiredBefore: 'sign' }],
  } as const;
  const paths = {
    'segretariato-sociale': segretariato,
    'mediazione-linguistico-culturale': segretariato,
    'rete-housing-distrettuale': housing,
    'condominio-solidale': housing,
    'servizi-abitativi-pubblici-lr16': housing,
    sail,
    'progettare-gli-equilibri': sail,
    'albo-fornitori-servizi-diurni-disabilita': lifeProject,
    'sad-sadh-adh': voucher,
    'trasporto-sociale': voucher,
  };
  return JSON.parse(JSON.stringify(paths));
})();
