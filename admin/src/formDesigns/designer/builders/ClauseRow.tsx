import { IconButton, MenuItem, Stack, TextField, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick, type Language } from '../../../forms/model/localized';
import { parseNumberInput } from '../../../forms/model/numbers';
import { NEEDS_VALUE, operatorsFor, type ConditionClause, type ConditionOperator } from '../../model/conditions';
import { isDate, isNumeric } from '../../model/readableFields';

interface ClauseRowProps {
  clause: ConditionClause;
  fields: Field[];
  language: Language;
  onChange: (clause: ConditionClause) => void;
  onRemove: () => void;
  index: number;
}

/** One "<field> <operator> <value>" of a condition. */
export const ClauseRow = ({ clause, fields, language, onChange, onRemove, index }: ClauseRowProps) => {
  const translate = useTranslate();
  const field = fields.find((candidate) => candidate.key === clause.field);
  const operators = operatorsFor(field);
  const choices = field && (field.type === 'singleChoice' || field.type === 'multipleChoice') ? field.options : null;
  const setField = (key: string) => {
    const next = fields.find((candidate) => candidate.key === key);
    const operator = operatorsFor(next).includes(clause.operator) ? clause.operator : operatorsFor(next)[0];
    onChange({ field: key, operator, ...(NEEDS_VALUE.has(operator) ? { value: '' } : {}) });
  };
  const setValue = (raw: string) => {
    const number = field && isNumeric(field) ? parseNumberInput(raw) : raw;
    onChange({ ...clause, value: number });
  };
  const label = (name: string) => `${translate(`forms.designer.condition.${name}`)} ${index + 1}`;

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField select size="small" label={label('field')} value={clause.field} onChange={(event) => setField(event.target.value)} sx={{ minWidth: 160, flex: 2 }}>
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
          onChange({ field: clause.field, operator, ...(NEEDS_VALUE.has(operator) ? { value: clause.value ?? '' } : {}) });
        }}
        sx={{ minWidth: 130, flex: 1 }}
      >
        {operators.map((operator) => (
          <MenuItem key={operator} value={operator}>
            {translate(`forms.designer.operators.${operator}`)}
          </MenuItem>
        ))}
      </TextField>
      {NEEDS_VALUE.has(clause.operator) ? (
        choices ? (
          <TextField select size="small" label={label('value')} value={String(clause.value ?? '')} onChange={(event) => setValue(event.target.value)} sx={{ minWidth: 130, flex: 1 }}>
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
            type={field && isDate(field) ? 'date' : 'text'}
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
