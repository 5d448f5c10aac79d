import { validateDefinition, type FormDefinition } from '../../../../../src/plugins/forms/shared';
import { conditionFromLogic, conditionToLogic } from '../conditions';
import { relabelOptionAt } from '../renameOptionCode';
import { scoreFromLogic, scoreToLogic } from '../scoring';

const t = (it: string) => ({ it });

/** A housing questionnaire: a choice with codes still following their placeholder labels, read by a condition and a score. */
const form = (): FormDefinition => ({
  sections: [
    {
      key: 'casa',
      title: t('Casa'),
      fields: [
        {
          type: 'singleChoice',
          key: 'abitazione',
          label: t('Abitazione'),
          default: 'opzione_a',
          options: [
            { code: 'opzione_a', label: t('Opzione A') },
            { code: 'opzione_b', label: t('Opzione B') },
          ],
        },
        {
          type: 'multipleChoice',
          key: 'bisogni',
          label: t('Bisogni'),
          options: [
            { code: 'opzione_a', label: t('Opzione A') },
            { code: 'lavoro', label: t('Lavoro') },
          ],
        },
        {
          type: 'text',
          key: 'proprietario',
          label: t('Proprietario'),
          visibleWhen: conditionToLogic({
            combinator: 'any',
            clauses: [
              { field: 'abitazione', operator: 'equals', value: 'opzione_a' },
              { field: 'abitazione', operator: 'oneOf', value: ['opzione_a', 'opzione_b'] },
            ],
          }),
        },
        {
          type: 'calculated',
          key: 'punteggio',
          label: t('Punteggio'),
          resultType: 'integer',
          expression: scoreToLogic([
            { rule: 'whenValue', field: 'abitazione', value: 'opzione_a', points: 10 },
            { rule: 'whenValue', field: 'bisogni', value: 'opzione_a', points: 3, multiple: true },
          ]),
        },
      ],
    },
  ],
});

describe('renaming an option whose code follows its label', () => {
  it('renames the code in the conditions and scores comparing that field with it, and in its default', () => {
    const next = relabelOptionAt(form(), 'sections.0.fields.0', 0, t('In affitto'));
    const [choice, multiple, text, score] = next.sections[0].fields;
    expect(choice).toMatchObject({
      default: 'in_affitto',
      options: [{ code: 'in_affitto', label: t('In affitto') }, { code: 'opzione_b' }],
    });
    expect(conditionFromLogic(text.visibleWhen)?.clauses).toEqual([
      { field: 'abitazione', operator: 'equals', value: 'in_affitto' },
      { field: 'abitazione', operator: 'oneOf', value: ['in_affitto', 'opzione_b'] },
    ]);
    // The same code of another field is that field's own: untouched.
    expect(multiple).toEqual(form().sections[0].fields[1]);
    expect(scoreFromLogic(score.type === 'calculated' ? score.expression : null)).toEqual([
      { rule: 'whenValue', field: 'abitazione', value: 'in_affitto', points: 10 },
      { rule: 'whenValue', field: 'bisogni', value: 'opzione_a', points: 3, multiple: true },
    ]);
    expect(validateDefinition(next)).toEqual([]);
  });

  it('follows a multiple choice too (“is among those selected”)', () => {
    const next = relabelOptionAt(form(), 'sections.0.fields.1', 0, t('Casa'));
    const score = next.sections[0].fields[3];
    expect(scoreFromLogic(score.type === 'calculated' ? score.expression : null)).toContainEqual({
      rule: 'whenValue',
      field: 'bisogni',
      value: 'casa',
      points: 3,
      multiple: true,
    });
    expect(next.sections[0].fields[0]).toEqual(form().sections[0].fields[0]);
  });

  it('leaves everything as it is when the code is frozen (already in stored answers)', () => {
    const next = relabelOptionAt(form(), 'sections.0.fields.0', 0, t('In affitto'), new Set(['opzione_a']));
    expect(next.sections[0].fields[0]).toMatchObject({
      default: 'opzione_a',
      options: [{ code: 'opzione_a', label: t('In affitto') }, { code: 'opzione_b' }],
    });
    expect(next.sections[0].fields.slice(1)).toEqual(form().sections[0].fields.slice(1));
  });
});
