import {
  formsRead,
  guardReasons,
  isFilled,
  readsRecord,
  transitionOptions,
  type ExpressionGuard,
  type GuardFacts,
} from '../../../src/plugins/workflows/shared';
import { housingLike, t } from './fixtures';

const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  record: { name: 'Rete housing', status: 'active', contactEmail: '', providers: [], yearlyBudget: 0 },
  forms: {},
  instance: { state: 'assessment', assigneeRole: 'udp', deadline: '2027-01-08', startedAt: null },
  ...over,
});

describe('guards', () => {
  it('a form guard needs a submission of that form about the record, and names it by its title', () => {
    const titled = facts({ formTitles: { 'housing-report': t('Segnalazione abitativa', 'Housing report') } });
    const [missing] = guardReasons([{ type: 'form', form: 'housing-report' }], titled);
    expect(missing).toMatchObject({
      type: 'form',
      form: 'housing-report',
      en: 'A submission of the form "Housing report" about this record is missing',
    });
    expect(missing.it).toBe('Manca la compilazione del modulo «Segnalazione abitativa» per questo record');
    // Without its title the key is not shown either.
    expect(guardReasons([{ type: 'form', form: 'housing-report' }], facts())[0].message).not.toContain('housing-report');
    expect(guardReasons([{ type: 'form', form: 'housing-report' }], facts({ forms: { 'housing-report': {} } }))).toEqual([]);
  });

  it("a fields guard lists the record's empty fields; the designer's message replaces the default", () => {
    const [reason] = guardReasons(
      [{ type: 'fields', fields: ['name', 'contactEmail', 'providers', 'yearlyBudget', 'notes'] }],
      facts()
    );
    expect(reason.missing).toEqual(['contactEmail', 'providers', 'notes']);
    expect(reason.en).toBe('Fields to fill on the record: contactEmail, providers, notes');
    const [custom] = guardReasons([{ type: 'fields', fields: ['providers'], message: t('Nessun ente', 'No provider') }], facts());
    expect(custom.message).toBe('Nessun ente / No provider');
    expect(guardReasons([{ type: 'fields', fields: ['providers'] }], facts({ record: null }))[0].missing).toEqual(['providers']);
  });

  it('an expression guard reads the record, the forms filled about it and the instance', () => {
    const guard: ExpressionGuard = {
      type: 'expression',
      expression: {
        and: [
          { '==': [{ var: 'record.status' }, 'active'] },
          { '<': [{ var: 'forms.housing-report.isee' }, 20000] },
          { '==': [{ var: 'instance.assigneeRole' }, 'udp'] },
        ],
      },
      message: t("ISEE troppo alto per l'ammissione", 'ISEE too high for admission'),
    };
    expect(guardReasons([guard], facts({ forms: { 'housing-report': { isee: 12000 } } }))).toEqual([]);
    const [reason] = guardReasons([guard], facts({ forms: { 'housing-report': { isee: 25000 } } }));
    expect(reason).toMatchObject({
      type: 'expression',
      it: "ISEE troppo alto per l'ammissione",
      en: 'ISEE too high for admission',
    });
    // The record is not active: the expression does not hold.
    expect(
      guardReasons([guard], facts({ record: { status: 'closed' }, forms: { 'housing-report': { isee: 12000 } } }))
    ).toHaveLength(1);
  });

  it('filled means not null, not blank text, not an empty list', () => {
    expect([null, undefined, '', '  ', []].map(isFilled)).toEqual([false, false, false, false, false]);
    expect([0, false, 'x', [1], { id: 1 }].map(isFilled)).toEqual([true, true, true, true, true]);
  });

  it('knows what the guards need loaded', () => {
    const guards = [
      { type: 'form' as const, form: 'housing-report' },
      { type: 'expression' as const, expression: { '!!': [{ var: 'forms.segretariato-intake.outcome' }] }, message: t('x') },
    ];
    expect(formsRead(guards)).toEqual(['housing-report', 'segretariato-intake']);
    expect(readsRecord(guards)).toBe(false);
    expect(readsRecord([{ type: 'fields', fields: ['name'] }])).toBe(true);
    expect(readsRecord([{ type: 'expression', expression: { var: 'record.name' }, message: t('x') }])).toBe(true);
  });
});

describe('the transitions a caller sees', () => {
  it('lists every transition out of the state, with why the unavailable ones are not available', () => {
    const roleNames = { udp: t('Ufficio di Piano'), operator: t('Operatore comunale', 'Municipal social worker') };
    const options = transitionOptions(housingLike(), 'assessment', 'operator', facts(), roleNames);
    expect(options.map((o) => [o.key, o.available])).toEqual([
      ['admit', false],
      ['reject', true],
    ]);
    const admit = options[0];
    expect(admit.reasons.map((r) => r.type)).toEqual(['role', 'form']);
    expect(admit.reasons[0].it).toBe(
      'Il ruolo Operatore comunale non può eseguire il passaggio «Ammetti» (ruoli ammessi: Ufficio di Piano)'
    );
    expect(admit.reasons[0].en).toBe(
      'The role Municipal social worker may not take the transition "Admit" (allowed roles: Ufficio di Piano)'
    );
    // A role without a display name is not shown by its key.
    expect(transitionOptions(housingLike(), 'assessment', 'operator', facts())[0].reasons[0].message).not.toMatch(
      /operator|udp|admit/
    );
    expect(options[1].commentRequired).toBe(true);
  });

  it('only the transitions leaving the current state: states cannot be skipped', () => {
    expect(transitionOptions(housingLike(), 'report', 'udp', facts()).map((o) => o.key)).toEqual(['assess', 'reject']);
    expect(transitionOptions(housingLike(), 'waitlist', 'udp', facts())).toEqual([]);
  });
});
