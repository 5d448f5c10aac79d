import { useState } from 'react';
import { Alert, Box, Button, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { Field, JsonLogicExpression } from '@forms-shared';
import { useTranslate } from 'react-admin';
import type { Language } from '../../../forms/model/localized';
import { conditionFromLogic, conditionToLogic, NEEDS_VALUE, operatorsFor, type ConditionModel } from '../../model/conditions';
import { ClauseRow } from './ClauseRow';
import { RawJsonEditor } from './RawJsonEditor';

interface ConditionBuilderProps {
  /** `visibleWhen` of the item: absent when it is always shown. */
  value: JsonLogicExpression | undefined;
  onChange: (value: JsonLogicExpression | undefined) => void;
  /** The fields the condition may read. */
  fields: Field[];
  language: Language;
  errors?: string[];
  /** Heading (default: "Show only when"); `id` tells several builders of one page apart. */
  title?: string;
  id?: string;
  /** Shown when there is no clause (default: "Always shown."). */
  emptyText?: string;
}

/**
 * "Show only when …": clauses on other fields, all or any of them, written as JSON Logic; the raw
 * JSON stays available (and is the only editor for conditions the builder cannot show).
 */
export const ConditionBuilder = ({
  value,
  onChange,
  fields,
  language,
  errors,
  title,
  id = 'condition',
  emptyText,
}: ConditionBuilderProps) => {
  const translate = useTranslate();
  const model = conditionFromLogic(value);
  const [raw, setRaw] = useState(model === null);
  const update = (next: ConditionModel) => onChange(conditionToLogic(next));

  const addClause = () => {
    const base = model ?? { combinator: 'all' as const, clauses: [] };
    const first = fields[0];
    const operator = operatorsFor(first)[0];
    // An incomplete clause (no field yet) would vanish from the JSON Logic: start from the first field.
    update({
      ...base,
      clauses: [...base.clauses, { field: first?.key ?? '', operator, ...(NEEDS_VALUE.has(operator) ? { value: '' } : {}) }],
    });
  };

  return (
    <Box role="group" aria-labelledby={`${id}-heading`}>
      <Typography id={`${id}-heading`} variant="subtitle2">
        {title ?? translate('forms.designer.condition.title')}
      </Typography>
      {model === null ? (
        <Alert severity="info" sx={{ my: 1 }}>
          {translate('forms.designer.condition.advanced')}
        </Alert>
      ) : model.clauses.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {emptyText ?? translate('forms.designer.condition.always')}
        </Typography>
      ) : (
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {model.clauses.length > 1 ? (
            <TextField
              select
              size="small"
              label={translate('forms.designer.condition.combinator')}
              value={model.combinator}
              onChange={(event) => update({ ...model, combinator: event.target.value as ConditionModel['combinator'] })}
              sx={{ maxWidth: 320 }}
            >
              <MenuItem value="all">{translate('forms.designer.condition.all')}</MenuItem>
              <MenuItem value="any">{translate('forms.designer.condition.any')}</MenuItem>
            </TextField>
          ) : null}
          {model.clauses.map((clause, index) => (
            <ClauseRow
              key={index}
              index={index}
              clause={clause}
              fields={fields}
              language={language}
              onChange={(next) =>
                update({ ...model, clauses: model.clauses.map((current, at) => (at === index ? next : current)) })
              }
              onRemove={() => update({ ...model, clauses: model.clauses.filter((_, at) => at !== index) })}
            />
          ))}
        </Stack>
      )}
      {errors?.length ? (
        <Typography color="error" variant="body2" sx={{ mt: 1 }}>
          {errors.join('; ')}
        </Typography>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {model !== null ? (
          <Button size="small" startIcon={<AddIcon />} onClick={addClause} disabled={fields.length === 0}>
            {translate('forms.designer.condition.add')}
          </Button>
        ) : (
          <Button size="small" onClick={() => onChange(undefined)}>
            {translate('forms.designer.condition.clear')}
          </Button>
        )}
        <FormControlLabel
          control={<Switch size="small" checked={raw} onChange={(event) => setRaw(event.target.checked)} />}
          label={translate('forms.designer.showJson')}
        />
      </Stack>
      {raw ? (
        <RawJsonEditor label={translate('forms.designer.condition.json')} value={value} onChange={onChange} allowEmpty />
      ) : null}
    </Box>
  );
};
