import {
  Alert,
  Box,
  Button,
  IconButton,
  List,
  ListItem,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { CrossFieldRule, Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick } from '../../forms/model/localized';
import { isComparable } from '../model/readableFields';
import { addRule, removeRule, ruleIssues, updateRule } from '../model/rules';
import { ConditionBuilder } from './builders/ConditionBuilder';
import { useDesigner } from './DesignerContext';
import { KeyProp, LocalizedProp } from './properties/PropertyInputs';

const NEW_RULE_MESSAGE = { it: 'Valori non coerenti', en: 'Inconsistent values' };

/**
 * The form's cross-field rules ("the end date follows the start date", "at least one contact"): what
 * must hold, when, the message, the fields that show it. Problems found live or by the server are shown
 * on their rule.
 */
export const RulesPanel = () => {
  const translate = useTranslate();
  const { definition, apply, issues, serverIssues, language } = useDesigner();
  const rules = definition.rules ?? [];
  const fields = definition.sections.flatMap((section) => section.fields);
  const add = () => apply((current) => addRule(current, NEW_RULE_MESSAGE) ?? current);
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="rules-heading">
      <Typography id="rules-heading" variant="subtitle1" component="h2">
        {translate('forms.designer.rules.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('forms.designer.rules.help')}
      </Typography>
      <Stack spacing={2}>
        {rules.map((rule, index) => (
          <RuleEditor
            key={index}
            index={index}
            rule={rule}
            fields={fields}
            problems={ruleIssues([...issues, ...serverIssues], index)}
            language={language}
            onChange={(update) => apply((current) => updateRule(current, index, update))}
            onRemove={() => apply((current) => removeRule(current, index))}
          />
        ))}
        {rules.length === 0 ? <Typography color="text.secondary">{translate('forms.designer.rules.none')}</Typography> : null}
      </Stack>
      <Button sx={{ mt: 1 }} startIcon={<AddIcon />} onClick={add} disabled={fields.length === 0}>
        {translate('forms.designer.rules.add')}
      </Button>
    </Paper>
  );
};

interface RuleEditorProps {
  index: number;
  rule: CrossFieldRule;
  fields: Field[];
  problems: { property: string; text: string }[];
  language: 'it' | 'en';
  onChange: (update: (rule: CrossFieldRule) => CrossFieldRule) => void;
  onRemove: () => void;
}

const RuleEditor = ({ index, rule, fields, problems, language, onChange, onRemove }: RuleEditorProps) => {
  const translate = useTranslate();
  const n = index + 1;
  const about = (property: string) =>
    problems
      .filter((problem) => problem.property === property || problem.property.startsWith(`${property}.`))
      .map((problem) => problem.text);
  const comparable = fields.filter(isComparable);
  const set = <K extends keyof CrossFieldRule>(name: K, value: CrossFieldRule[K] | undefined) =>
    onChange((current) => {
      const next = { ...current, [name]: value };
      if (value === undefined) delete next[name];
      return next;
    });
  return (
    <Box
      component="fieldset"
      aria-label={translate('forms.designer.rules.rule', { n })}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}
    >
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" component="legend">
          {translate('forms.designer.rules.rule', { n })}
        </Typography>
        <Tooltip title={translate('forms.designer.rules.remove', { n })}>
          <IconButton aria-label={translate('forms.designer.rules.remove', { n })} onClick={onRemove} size="small">
            <DeleteIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      {problems.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }} role="alert" aria-label={translate('forms.designer.rules.problems', { n })}>
          <List dense disablePadding>
            {problems.map((problem, at) => (
              <ListItem key={at} disableGutters sx={{ py: 0 }}>
                {problem.property ? `${problem.property}: ` : ''}
                {problem.text}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      <Stack spacing={2}>
        <KeyProp
          label={translate('forms.designer.properties.key')}
          value={rule.key}
          onCommit={(key) => set('key', key)}
          errors={about('key')}
        />
        <ConditionBuilder
          id={`rule-${index}-assert`}
          title={translate('forms.designer.rules.assert')}
          emptyText={translate('forms.designer.rules.alwaysHolds')}
          // `true` (a new rule) is "no condition yet" for the builder, and an emptied builder gives it back.
          value={rule.assert === true ? undefined : rule.assert}
          onChange={(value) => set('assert', value ?? true)}
          fields={comparable}
          language={language}
          errors={about('assert')}
        />
        <ConditionBuilder
          id={`rule-${index}-when`}
          title={translate('forms.designer.rules.when')}
          emptyText={translate('forms.designer.rules.always')}
          value={rule.when}
          onChange={(value) => set('when', value)}
          fields={comparable}
          language={language}
          errors={about('when')}
        />
        <LocalizedProp
          label={translate('forms.designer.rules.message')}
          value={rule.message}
          onChange={(message) => set('message', message ?? { it: '', en: '' })}
          errors={about('message')}
        />
        <TextField
          select
          size="small"
          label={translate('forms.designer.rules.paths')}
          value={rule.paths}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            set('paths', typeof value === 'string' ? value.split(',') : value);
          }}
          error={about('paths').length > 0}
          helperText={about('paths').join('; ') || translate('forms.designer.rules.pathsHelp')}
          slotProps={{ select: { multiple: true } }}
          fullWidth
        >
          {rule.paths
            .filter((path) => !fields.some((field) => field.key === path))
            .map((path) => (
              <MenuItem key={path} value={path}>
                {path}
              </MenuItem>
            ))}
          {fields.map((field) => (
            <MenuItem key={field.key} value={field.key}>
              {`${pick(field.label, language) || field.key} (${field.key})`}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Box>
  );
};
