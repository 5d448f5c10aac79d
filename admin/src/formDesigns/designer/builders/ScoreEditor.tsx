import { Button, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick } from '../../../forms/model/localized';
import { isNumeric } from '../../model/readableFields';
import { emptyScoreRule, SCORE_RULE_KINDS, type ScoreRule, type ScoreRuleKind } from '../../model/scoring';
import { useDesigner } from '../DesignerContext';
import { NumberProp } from '../properties/PropertyInputs';
import { FieldSelect } from './FieldSelect';

const hasValues = (field: Field) =>
  field.type === 'boolean' ||
  field.type === 'singleChoice' ||
  field.type === 'multipleChoice' ||
  (field.type === 'calculated' && field.resultType === 'boolean');

/** The fields a rule of a kind can read. */
const fieldsFor = (kind: ScoreRuleKind, fields: Field[]) => fields.filter(kind === 'whenValue' ? hasValues : isNumeric);

interface ScoreEditorProps {
  rules: ScoreRule[];
  fields: Field[];
  onChange: (rules: ScoreRule[]) => void;
}

/** A score as a sum of rules: points if a yes/no or a choice has a value, points per unit, points by bands. */
export const ScoreEditor = ({ rules, fields, onChange }: ScoreEditorProps) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`forms.designer.score.${key}`, options);
  const setRule = (index: number, rule: ScoreRule) => onChange(rules.map((current, at) => (at === index ? rule : current)));
  const add = () => {
    const first = fieldsFor('whenValue', fields)[0] ?? fieldsFor('perUnit', fields)[0];
    if (first) onChange([...rules, emptyScoreRule(hasValues(first) ? 'whenValue' : 'perUnit', first.key)]);
  };
  return (
    <Stack spacing={1.5}>
      {rules.map((rule, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1.5 }} role="group" aria-label={t('rule', { n: index + 1 })}>
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                select
                size="small"
                label={t('kind', { n: index + 1 })}
                value={rule.rule}
                onChange={(event) => {
                  const kind = event.target.value as ScoreRuleKind;
                  const candidates = fieldsFor(kind, fields);
                  const field = candidates.some((candidate) => candidate.key === rule.field)
                    ? rule.field
                    : (candidates[0]?.key ?? '');
                  setRule(index, { ...emptyScoreRule(kind, field), ...(kind === rule.rule ? rule : {}) });
                }}
                sx={{ minWidth: 200, flex: 1 }}
              >
                {SCORE_RULE_KINDS.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </MenuItem>
                ))}
              </TextField>
              <Tooltip title={t('remove', { n: index + 1 })}>
                <IconButton
                  aria-label={t('remove', { n: index + 1 })}
                  onClick={() => onChange(rules.filter((_, at) => at !== index))}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>
            <RuleInputs
              rule={rule}
              index={index}
              fields={fieldsFor(rule.rule, fields)}
              onChange={(next) => setRule(index, next)}
            />
          </Stack>
        </Paper>
      ))}
      {rules.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : null}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={add}
        disabled={fields.filter((field) => hasValues(field) || isNumeric(field)).length === 0}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('add')}
      </Button>
    </Stack>
  );
};

const RuleInputs = ({
  rule,
  index,
  fields,
  onChange,
}: {
  rule: ScoreRule;
  index: number;
  fields: Field[];
  onChange: (rule: ScoreRule) => void;
}) => {
  const translate = useTranslate();
  const { language } = useDesigner();
  const t = (key: string, options?: Record<string, unknown>) => translate(`forms.designer.score.${key}`, options);
  const field = fields.find((candidate) => candidate.key === rule.field);
  const fieldSelect = (
    <FieldSelect
      label={t('field', { n: index + 1 })}
      fields={fields}
      value={rule.field}
      language={language}
      onChange={(key) => {
        const next = fields.find((candidate) => candidate.key === key);
        if (rule.rule !== 'whenValue') onChange({ ...rule, field: key });
        else if (next && 'options' in next)
          onChange({
            ...rule,
            field: key,
            value: next.options[0]?.code ?? '',
            multiple: next.type === 'multipleChoice' || undefined,
          });
        else onChange({ rule: 'whenValue', field: key, value: true, points: rule.points });
      }}
    />
  );
  const points = (value: number, set: (points: number) => void, label = t('points', { n: index + 1 })) => (
    <NumberProp label={label} value={value} onChange={(next) => set(next ?? 0)} />
  );
  if (rule.rule === 'whenValue') {
    const options = field && 'options' in field ? field.options : null;
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        {fieldSelect}
        <TextField
          select
          size="small"
          label={t('value', { n: index + 1 })}
          value={String(rule.value)}
          onChange={(event) => onChange({ ...rule, value: options ? event.target.value : event.target.value === 'true' })}
          sx={{ minWidth: 140, flex: 1 }}
        >
          {options
            ? options.map((option) => (
                <MenuItem key={option.code} value={option.code}>
                  {pick(option.label, language)}
                </MenuItem>
              ))
            : [
                <MenuItem key="true" value="true">
                  {translate('forms.renderer.yes')}
                </MenuItem>,
                <MenuItem key="false" value="false">
                  {translate('forms.renderer.no')}
                </MenuItem>,
              ]}
        </TextField>
        {points(rule.points, (value) => onChange({ ...rule, points: value }))}
      </Stack>
    );
  }
  if (rule.rule === 'perUnit') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        {fieldSelect}
        {points(rule.points, (value) => onChange({ ...rule, points: value }), t('pointsPerUnit', { n: index + 1 }))}
      </Stack>
    );
  }
  const setBand = (at: number, band: { below: number; points: number }) =>
    onChange({ ...rule, bands: rule.bands.map((current, i) => (i === at ? band : current)) });
  return (
    <Stack spacing={1}>
      {fieldSelect}
      {rule.bands.map((band, at) => (
        <Stack key={at} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <NumberProp
            label={t('below', { n: at + 1 })}
            value={band.below}
            onChange={(below) => setBand(at, { ...band, below: below ?? 0 })}
          />
          {points(band.points, (value) => setBand(at, { ...band, points: value }), t('bandPoints', { n: at + 1 }))}
          <Tooltip title={t('removeBand', { n: at + 1 })}>
            <span>
              <IconButton
                aria-label={t('removeBand', { n: at + 1 })}
                disabled={rule.bands.length === 1}
                onClick={() => onChange({ ...rule, bands: rule.bands.filter((_, i) => i !== at) })}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        </Stack>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => onChange({ ...rule, bands: [...rule.bands, { below: (rule.bands.at(-1)?.below ?? 0) + 1, points: 0 }] })}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('addBand')}
      </Button>
      {points(rule.otherwise, (value) => onChange({ ...rule, otherwise: value }), t('otherwise'))}
    </Stack>
  );
};
