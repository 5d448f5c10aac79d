import { accreditedProviders } from '../model/accredited';
import { formErrorsOf } from '../model/formErrors';
import { householdMembersPayload } from '../model/household';

describe('the providers a citizen may choose for a voucher', () => {
  const rows = [
    { provider: 'a', status: 'active', validFrom: '2024-01-01', validTo: '2027-12-31' },
    { provider: 'b', status: 'active', validFrom: '2024-01-01', validTo: '2026-11-25' },
    { provider: 'c', status: 'suspended', validFrom: '2024-01-01', validTo: null },
    { provider: 'd', status: 'active', validFrom: '2026-12-01', validTo: null },
    { provider: 'e', status: 'active', validFrom: '2024-01-01', validTo: null },
    { provider: 'a', status: 'active', validFrom: '2020-01-01', validTo: null },
  ];

  it('are those with an active accreditation valid on the day, each once', () => {
    expect(accreditedProviders(rows, '2026-11-26')).toEqual(['a', 'e']);
  });

  it('include one whose accreditation ends that very day, not the day after', () => {
    expect(accreditedProviders(rows, '2026-11-25')).toContain('b');
    expect(accreditedProviders(rows, '2026-11-26')).not.toContain('b');
  });
});

describe('the field errors of a refused write', () => {
  it('name the form fields, not the body paths, in the words the server chose', () => {
    const error = {
      body: { errors: { 'data.amount': 'supera il saldo disponibile (12.00 €)', root: { serverError: 'Dati non validi' } } },
    };
    expect(formErrorsOf(error)).toEqual({ amount: 'supera il saldo disponibile (12.00 €)' });
  });

  it('are none for a failure without field errors', () => {
    expect(formErrorsOf(new Error('network'))).toEqual({});
    expect(formErrorsOf(undefined)).toEqual({});
  });
});

describe('the household members sent to the server', () => {
  it('carry their own fields only, never the stored ids, with empty inputs as null', () => {
    const members = [
      {
        id: 7,
        firstName: 'Marco',
        lastName: 'Finto',
        relation: 'child',
        birthDate: '',
        fiscalCode: ' fntmrc15a20b292x ',
        livesWith: true,
      },
    ];
    expect(householdMembersPayload(members)).toEqual([
      {
        firstName: 'Marco',
        lastName: 'Finto',
        birthDate: null,
        relation: 'child',
        fiscalCode: 'FNTMRC15A20B292X',
        livesWith: true,
      },
    ]);
  });

  it('count a member as living with the beneficiary unless unticked', () => {
    expect(householdMembersPayload([{ firstName: 'A', lastName: 'B', relation: 'other' }])[0].livesWith).toBe(true);
    expect(householdMembersPayload([{ firstName: 'A', lastName: 'B', relation: 'other', livesWith: false }])[0].livesWith).toBe(
      false
    );
    expect(householdMembersPayload(null)).toEqual([]);
  });
});
