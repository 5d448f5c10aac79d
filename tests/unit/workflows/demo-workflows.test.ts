import { rolesOf, validateDefinition } from '../../../src/plugins/workflows/shared';
import { demoWorkflows } from '../../../src/seed/workflows';
import { demoPeople } from '../../../src/seed/cases/demo';
import { WORKFLOW_BY_SERVICE } from '../../../src/cases/workflow';

const context = {
  roles: ['udp', 'operator', 'provider', 'table-member'],
  forms: ['segretariato-intake', 'housing-report', 'sail-enrolment', 'life-project', 'voucher-request'],
};

describe('the demo workflows', () => {
  it('are the six of the district, and valid', () => {
    expect(demoWorkflows.map((w) => w.key)).toEqual(['segretariato', 'housing', 'sail', 'life-project', 'voucher', 'minutes']);
    for (const workflow of demoWorkflows) expect([workflow.key, validateDefinition(workflow.definition, context)]).toEqual([workflow.key, []]);
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
    for (const workflow of demoWorkflows) expect([workflow.key, rolesOf(workflow.definition).has('table-member')]).toEqual([workflow.key, workflow.key === 'minutes']);
  });

  it('every service mapped to a workflow names a demo workflow of cases', () => {
    for (const key of Object.values(WORKFLOW_BY_SERVICE)) expect(demoWorkflows.find((w) => w.key === key)?.contentType).toBe('api::case.case');
  });

  it("every demo case's move names a transition of its service's workflow", () => {
    for (const person of demoPeople) {
      const workflow = demoWorkflows.find((w) => w.key === WORKFLOW_BY_SERVICE[person.case.service]);
      for (const move of person.case.moves ?? []) expect(workflow?.definition.transitions.map((tr) => tr.key)).toContain(move.transition);
    }
  });
});
