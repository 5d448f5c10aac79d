import { Button, IconButton, Stack, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import type { FormulaModel } from '../../model/formulas';
import { useDesigner } from '../DesignerContext';
import { NumberProp } from '../properties/PropertyInputs';
import { FieldSelect } from './FieldSelect';

type WeightedSum = Extract<FormulaModel, { kind: 'weightedSum' }>;

/** Σ weight × field + constant: one row per field, each with its weight. */
export const WeightedSumEditor = ({
  model,
  fields,
  onChange,
}: {
  model: WeightedSum;
  fields: Field[];
  onChange: (model: WeightedSum) => void;
}) => {
  const translate = useTranslate();
  const { language } = useDesigner();
  const setTerm = (index: number, term: WeightedSum['terms'][number]) =>
    onChange({ ...model, terms: model.terms.map((current, at) => (at === index ? term : current)) });
  return (
    <Stack spacing={1.5}>
      {model.terms.map((term, index) => (
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <FieldSelect
            label={`${translate('forms.designer.formula.term')} ${index + 1}`}
            fields={fields}
            value={term.field}
            onChange={(key) => setTerm(index, { ...term, field: key })}
            language={language}
          />
          <NumberProp
            label={translate('forms.designer.formula.weight')}
            value={term.weight}
            onChange={(weight) => setTerm(index, { ...term, weight: weight ?? 1 })}
          />
          <Tooltip title={translate('forms.designer.remove')}>
            <IconButton
              aria-label={`${translate('forms.designer.remove')}: ${translate('forms.designer.formula.term')} ${index + 1}`}
              onClick={() => onChange({ ...model, terms: model.terms.filter((_, at) => at !== index) })}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => onChange({ ...model, terms: [...model.terms, { field: fields[0]?.key ?? '', weight: 1 }] })}
        disabled={fields.length === 0}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('forms.designer.formula.addTerm')}
      </Button>
      <NumberProp
        label={translate('forms.designer.formula.constant')}
        value={model.constant}
        onChange={(constant) => onChange({ ...model, constant: constant ?? 0 })}
      />
    </Stack>
  );
};
