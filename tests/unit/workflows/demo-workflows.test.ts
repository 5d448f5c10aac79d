import { rolesOf, validateDefinition } from '../../../src/plugins/workflows/shared';
import { demoWorkflows } from '../../../src/seed/workflows';
import { demoPeople } from '../../../src/seed/cases/demo';
import { casePaths } from '../../../src/seed/data/case-paths';
import { demoForms } from '../../../src/seed/forms';
import { CASE_FORM_PURPOSES } from '../../../src/cases/case-path';

const context = {
  roles: ['udp', 'operator', 'provider', 'table-member'],
  forms: ['segretariato-intake', 'housing-report', 'sail-enrolment', 'life-project', 'voucher-request'],
};

describe('the demo workflows', () => {
  it('are the six of the district, and valid', () => {
    expect(demoWorkflows.map((w) => w.key)).toEqual(['segretariato', 'housing', 'sail', 'life-project', 'voucher', 'minutes']);
    for (const workflow of demoWorkflows)
      expect([workflow.key, validateDefinition(workflow.definition, context)]).toEqual([workflow.key, []]);
  });

  it('the workflows of people apply to cases, the minutes to the governance minutes', () => {
    const types = Object.fromEntries(demoWorkflows.map((w) => [w.key, w.contentType]));
    expect(types).toEqual({
      segretariato: 'api::case.case',
      housing: 'api::case.case',
      sail: 'api::case.case',
      'life-project': 'api::case.case',
      voucher: 'api::case.case',
      minutes: 'plugin::governance.minutes',
    });
  });

  it('housing gives the assessment 10 working days', () => {
    const housing = demoWorkflows.find((w) => w.key === 'housing');
    expect(housing?.definition.states.find((s) => s.key === 'assessment')?.deadline).toEqual({ workingDays: 10 });
  });

  it('table members take part in the minutes only', () => {
    for (const workflow of demoWorkflows)
      expect([workflow.key, rolesOf(workflow.definition).has('table-member')]).toEqual([
        workflow.key,
        workflow.key === 'minutes',
      ]);
  });

  it("every demo service's case path names a demo workflow of cases, demo forms and that workflow's transitions", () => {
    for (const [service, path] of Object.entries(casePaths)) {
      const workflow = demoWorkflows.find((w) => w.key === path.caseWorkflow);
      expect([service, workflow?.contentType]).toEqual([service, 'api::case.case']);
      for (const entry of path.caseForms) {
        const form = demoForms.find((f) => f.key === entry.form);
        expect([service, entry.form, Boolean(form)]).toEqual([service, entry.form, true]);
        expect(CASE_FORM_PURPOSES).toContain(entry.purpose);
        for (const role of entry.roles) expect([entry.form, role, form?.roles.includes(role)]).toEqual([entry.form, role, true]);
        if (entry.requiredBefore) expect(workflow?.definition.transitions.map((t) => t.key)).toContain(entry.requiredBefore);
      }
    }
  });

  it('the workflows type no form guard: required forms come from the services', () => {
    for (const workflow of demoWorkflows) {
      for (const transition of workflow.definition.transitions)
        expect((transition.guards ?? []).filter((g) => g.type === 'form')).toEqual([]);
    }
  });

  it("every demo case's move names a transition of its service's workflow", () => {
    for (const person of demoPeople) {
      const workflow = demoWorkflows.find((w) => w.key === casePaths[person.case.service]?.caseWorkflow);
      for (const move of person.case.moves ?? [])
        expect(workflow?.definition.transitions.map((tr) => tr.key)).toContain(move.transition);
    }
  });
});
