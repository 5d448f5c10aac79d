import { rolesOf, validateDefinition } from '../../../src/plugins/workflows/shared';
import { demoInstances, demoWorkflows } from '../../../src/seed/workflows';

const context = {
  roles: ['udp', 'operator', 'provider', 'table-member'],
  forms: ['segretariato-intake', 'housing-report', 'sail-enrolment', 'life-project', 'voucher-request'],
};

describe('the demo workflows', () => {
  it('are the five of the district, and valid', () => {
    expect(demoWorkflows.map((w) => w.key)).toEqual(['segretariato', 'housing', 'sail', 'voucher', 'minutes']);
    for (const workflow of demoWorkflows) expect([workflow.key, validateDefinition(workflow.definition, context)]).toEqual([workflow.key, []]);
  });

  it('housing gives the assessment 10 working days', () => {
    const housing = demoWorkflows.find((w) => w.key === 'housing');
    expect(housing?.definition.states.find((s) => s.key === 'assessment')?.deadline).toEqual({ workingDays: 10 });
  });

  it('minutes have no demo instances; table members take part in them', () => {
    expect(demoInstances.some((i) => i.workflow === 'minutes')).toBe(false);
    const minutes = demoWorkflows.find((w) => w.key === 'minutes');
    expect(rolesOf(minutes!.definition).has('table-member')).toBe(true);
  });

  it('every demo move names a transition of its workflow', () => {
    for (const instance of demoInstances) {
      const workflow = demoWorkflows.find((w) => w.key === instance.workflow);
      for (const move of instance.moves) expect(workflow?.definition.transitions.map((tr) => tr.key)).toContain(move.transition);
    }
  });
});
