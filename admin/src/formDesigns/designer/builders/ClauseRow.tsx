import { IconButton, MenuItem, Stack, TextField, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick, type Language } from '../../../forms/model/localized';
import { parseNumberInput } from '../../../forms/model/numbers';
import {
  comparableWith,
  COMPARES_FIELDS,
  NEEDS_VALUE,
  operatorsFor,
  type ConditionClause,
  type ConditionOperator,
} from '../../model/conditions';
import { isDate, isNumeric } from '../../model/readableFields';

interface ClauseRowProps {
  clause: ConditionClause;
  fields: Field[];
  language: Language;
  onChange: (clause: ConditionClause) => void;
  onRemove: () => void;
  index: number;
}

/** One "<field> <operator> <value or other field>" of a condition. */
export const ClauseRow = ({ clause, fields, language, onChange, onRemove, index }: ClauseRowProps) => {
  const translate = useTranslate();
  const field = fields.find((candidate) => candidate.key === clause.field);
  const operators = operatorsFor(field);
  const choices = field && (field.type === 'singleChoice' || field.type === 'multipleChoice') ? field.options : null;
  const setField = (key: string) => {
    const next = fields.find((candidate) => candidate.key === key);
    const operator = operatorsFor(next).includes(clause.operator) ? clause.operator : operatorsFor(next)[0];
    onChange({ field: key, operator, ...(NEEDS_VALUE.has(operator) ? { value: operator === 'oneOf' ? [] : '' } : {}) });
  };
  const setValue = (raw: string) => {
    const number = field && isNumeric(field) ? parseNumberInput(raw) : raw;
    onChange({ ...clause, value: number });
  };
  const label = (name: string) => `${translate(`forms.designer.condition.${name}`)} ${index + 1}`;
  const others = comparableWith(field, fields);
  const canCompareFields = COMPARES_FIELDS.has(clause.operator) && others.length > 0;
  const VALUE_SENTINEL = '';
  const listValue = Array.isArray(clause.value)
    ? clause.value.map(String)
    : clause.value === undefined || clause.value === ''
      ? []
      : [String(clause.value)];

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField
        select
        size="small"
        label={label('field')}
        value={clause.field}
        onChange={(event) => setField(event.target.value)}
        sx={{ minWidth: 160, flex: 2 }}
      >
        {fields.map((candidate) => (
          <MenuItem key={candidate.key} value={candidate.key}>
            {pick(candidate.label, language)} ({candidate.key})
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={label('operator')}
        value={clause.operator}
        onChange={(event) => {
          const operator = event.target.value as ConditionOperator;
          const keepField = clause.otherField && COMPARES_FIELDS.has(operator);
          const value = operator === 'oneOf' ? [] : Array.isArray(clause.value) ? '' : (clause.value ?? '');
          onChange({
            field: clause.field,
            operator,
            ...(keepField ? { otherField: clause.otherField } : NEEDS_VALUE.has(operator) ? { value } : {}),
          });
        }}
        sx={{ minWidth: 130, flex: 1 }}
      >
        {operators.map((operator) => (
          <MenuItem key={operator} value={operator}>
            {translate(`forms.designer.operators.${operator}`)}
          </MenuItem>
        ))}
      </TextField>
      {canCompareFields ? (
        <TextField
          select
          size="small"
          label={label('compareWith')}
          value={clause.otherField ?? VALUE_SENTINEL}
          onChange={(event) => {
            const otherField = event.target.value;
            onChange(
              otherField
                ? { field: clause.field, operator: clause.operator, otherField }
                : { field: clause.field, operator: clause.operator, value: '' }
            );
          }}
          sx={{ minWidth: 130, flex: 1 }}
        >
          <MenuItem value={VALUE_SENTINEL}>{translate('forms.designer.condition.aValue')}</MenuItem>
          {others.map((candidate) => (
            <MenuItem key={candidate.key} value={candidate.key}>
              {translate('forms.designer.condition.theField', { label: pick(candidate.label, language) })}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {NEEDS_VALUE.has(clause.operator) && !clause.otherField ? (
        clause.operator === 'oneOf' ? (
          choices ? (
            <TextField
              select
              size="small"
              label={label('values')}
              value={listValue}
              onChange={(event) => onChange({ ...clause, value: event.target.value as unknown as string[] })}
              slotProps={{ select: { multiple: true } }}
              sx={{ minWidth: 160, flex: 1 }}
            >
              {choices.map((option) => (
                <MenuItem key={option.code} value={option.code}>
                  {pick(option.label, language)}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              size="small"
              label={label('values')}
              helperText={translate('forms.designer.condition.valuesHelp')}
              value={listValue.join('; ')}
              onChange={(event) =>
                onChange({
                  ...clause,
                  value: event.target.value
                    .split(';')
                    .map((part) => part.trim())
                    .filter(Boolean),
                })
              }
              sx={{ minWidth: 160, flex: 1 }}
            />
          )
        ) : choices ? (
          <TextField
            select
            size="small"
            label={label('value')}
            value={String(clause.value ?? '')}
            onChange={(event) => setValue(event.target.value)}
            sx={{ minWidth: 130, flex: 1 }}
          >
            {choices.map((option) => (
              <MenuItem key={option.code} value={option.code}>
                {pick(option.label, language)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            size="small"
            label={label('value')}
            type={field && isDate(field) ? 'date' : field?.type === 'time' ? 'time' : 'text'}
            value={clause.value === undefined ? '' : String(clause.value)}
            onChange={(event) => setValue(event.target.value)}
            sx={{ minWidth: 110, flex: 1 }}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )
      ) : null}
      <Tooltip title={translate('forms.designer.condition.remove')}>
        <IconButton aria-label={`${translate('forms.designer.condition.remove')} ${index + 1}`} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
};
