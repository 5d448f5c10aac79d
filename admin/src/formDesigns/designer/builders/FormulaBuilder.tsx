import { useState } from 'react';
import { Alert, Box, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import type { CalculatedField, CalculatedResultType, Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import {
  asScore,
  emptyFormula,
  FORMULA_KINDS,
  formulaFromLogic,
  formulaToLogic,
  suggestedResultType,
  type FormulaKind,
  type FormulaModel,
} from '../../model/formulas';
import { isDate, isNumeric, readableFields } from '../../model/readableFields';
import { withProperty } from '../../model/properties';
import { useDesigner } from '../DesignerContext';
import { FieldSelect } from './FieldSelect';
import { RawJsonEditor } from './RawJsonEditor';
import { ScoreEditor } from './ScoreEditor';
import { WeightedSumEditor } from './WeightedSumEditor';

const RESULT_TYPES: CalculatedResultType[] = ['number', 'integer', 'text', 'boolean', 'date'];

interface FormulaBuilderProps {
  field: CalculatedField;
  /** Where the field is (which fields it may read). */
  path: string;
  onChange: (field: CalculatedField) => void;
  errors?: string[];
}

/**
 * The formula of a calculated field without typing code: age from a date, rows of a group, sum of a
 * group's field, weighted sum of fields; the raw JSON Logic stays available for anything else.
 */
export const FormulaBuilder = ({ field, path, onChange, errors }: FormulaBuilderProps) => {
  const translate = useTranslate();
  const { definition, language } = useDesigner();
  const parsed = formulaFromLogic(field.expression);
  // A sum of points per unit is also a weighted sum: the kind the user chose decides how it is shown (a new formula is a score).
  const [chosen, setChosen] = useState<FormulaKind | null>(null);
  const model = parsed && (chosen === 'score' || (chosen === null && field.expression === 0)) ? asScore(parsed) : parsed;
  const [raw, setRaw] = useState(parsed === null);
  const fields = readableFields(definition, path);
  const groups = fields.filter((candidate) => candidate.type === 'group');
  const apply = (next: FormulaModel, resultType = field.resultType) =>
    onChange({ ...field, expression: formulaToLogic(next), resultType });
  const setKind = (kind: FormulaKind) => {
    setChosen(kind);
    const next = emptyFormula(kind);
    apply(next, suggestedResultType(next));
  };
  const columnsOf = (key: string): Field[] => {
    const group = groups.find((candidate) => candidate.key === key);
    return group?.type === 'group' ? group.fields.filter(isNumeric) : [];
  };

  return (
    <Box role="group" aria-labelledby="formula-heading">
      <Typography id="formula-heading" variant="subtitle2" sx={{ mb: 1 }}>
        {translate('forms.designer.formula.title')}
      </Typography>
      <Stack spacing={1.5}>
        {model === null ? (
          <Alert severity="info">{translate('forms.designer.formula.advanced')}</Alert>
        ) : (
          <>
            <TextField
              select
              size="small"
              label={translate('forms.designer.formula.kind')}
              value={model.kind}
              onChange={(event) => setKind(event.target.value as FormulaKind)}
            >
              {FORMULA_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {translate(`forms.designer.formula.kinds.${kind}`)}
                </MenuItem>
              ))}
            </TextField>
            {model.kind === 'age' ? (
              <FieldSelect
                label={translate('forms.designer.formula.dateField')}
                fields={fields.filter(isDate)}
                value={model.field}
                onChange={(key) => apply({ ...model, field: key })}
                language={language}
              />
            ) : null}
            {model.kind === 'count' || model.kind === 'sumOf' ? (
              <FieldSelect
                label={translate('forms.designer.formula.group')}
                fields={groups}
                value={model.group}
                onChange={(key) =>
                  apply(model.kind === 'count' ? { kind: 'count', group: key } : { kind: 'sumOf', group: key, column: '' })
                }
                language={language}
              />
            ) : null}
            {model.kind === 'sumOf' ? (
              <FieldSelect
                label={translate('forms.designer.formula.column')}
                fields={columnsOf(model.group)}
                value={model.column}
                onChange={(key) => apply({ ...model, column: key })}
                language={language}
              />
            ) : null}
            {model.kind === 'weightedSum' ? (
              <WeightedSumEditor model={model} fields={fields.filter(isNumeric)} onChange={apply} />
            ) : null}
            {model.kind === 'score' ? (
              <ScoreEditor rules={model.rules} fields={fields} onChange={(rules) => apply({ kind: 'score', rules })} />
            ) : null}
          </>
        )}
        <TextField
          select
          size="small"
          label={translate('forms.designer.properties.resultType')}
          value={field.resultType}
          onChange={(event) => onChange({ ...field, resultType: event.target.value as CalculatedResultType })}
        >
          {RESULT_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {translate(`forms.designer.resultTypes.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        {field.resultType === 'number' || field.resultType === 'integer' ? (
          <FormControlLabel
            control={
              <Switch
                size="small"
                checked={field.display === 'currency'}
                onChange={(event) => onChange(withProperty(field, 'display', event.target.checked ? 'currency' : undefined))}
              />
            }
            label={translate('forms.designer.properties.displayCurrency')}
          />
        ) : null}
        {errors?.length ? (
          <Typography color="error" variant="body2">
            {errors.join('; ')}
          </Typography>
        ) : null}
        <FormControlLabel
          control={<Switch size="small" checked={raw} onChange={(event) => setRaw(event.target.checked)} />}
          label={translate('forms.designer.showJson')}
        />
        {raw ? (
          <RawJsonEditor
            label={translate('forms.designer.formula.json')}
            value={field.expression}
            onChange={(expression) => onChange({ ...field, expression: expression ?? 0 })}
          />
        ) : null}
      </Stack>
    </Box>
  );
};
