import { workflowsAccess } from '../access';
import { describeRefusal, halfOf } from '../model/errors';

describe('workflows console access', () => {
  it('gives the designer to the UdP only and instances and tasks to every staff role', () => {
    expect(workflowsAccess('udp', 'edit', 'workflow-designs')).toBe(true);
    expect(workflowsAccess('operator', 'list', 'workflow-designs')).toBe(false);
    for (const role of ['udp', 'operator', 'provider', 'table-member']) {
      expect(workflowsAccess(role, 'show', 'workflow-instances')).toBe(true);
      expect(workflowsAccess(role, 'list', 'workflow-tasks')).toBe(true);
    }
    expect(workflowsAccess('operator', 'delete', 'workflow-instances')).toBe(false);
    expect(workflowsAccess(null, 'list', 'workflow-tasks')).toBe(false);
    expect(workflowsAccess('udp', 'list', 'services')).toBeUndefined();
  });
});

describe('refusals in the user language', () => {
  it('reads a 422 with its reasons from the details', () => {
    const error = {
      status: 422,
      message: 'x / y',
      body: {
        error: {
          message: 'x / y',
          details: {
            it: 'Passaggio "admit" non possibile',
            en: 'Transition "admit" not possible',
            reasons: [
              { type: 'form', it: 'Manca la scheda', en: 'The form is missing', message: '' },
              { type: 'comment', it: 'Serve un commento', en: 'A comment is needed', message: '' },
            ],
          },
        },
      },
    };
    expect(describeRefusal(error, 'en')).toEqual({
      status: 422,
      message: 'Transition "admit" not possible',
      reasons: ['The form is missing', 'A comment is needed'],
    });
  });

  it('falls back to the half of a bilingual message', () => {
    expect(describeRefusal({ status: 400, message: 'nessuna bozza da pubblicare / no draft to publish' }, 'it').message).toBe(
      'nessuna bozza da pubblicare'
    );
    expect(halfOf('one language only', 'en')).toBe('one language only');
  });
});
