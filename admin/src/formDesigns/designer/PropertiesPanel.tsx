import {
  Alert,
  Checkbox,
  Chip,
  Divider,
  FormControlLabel,
  List,
  ListItem,
  Paper,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import type { Field, Section } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { renameField, updateItem } from '../model/definitionOps';
import { issuePlace } from '../model/issuePlace';
import { relabelItem } from '../model/relabel';
import { getItem, isFieldPath, parseItemPath } from '../model/itemPaths';
import { issuesByProperty, optionalText, withProperty } from '../model/properties';
import { isComparable, readableFields } from '../model/readableFields';
import { ConditionBuilder } from './builders/ConditionBuilder';
import { useDesigner } from './DesignerContext';
import { KeyProp, LocalizedProp } from './properties/PropertyInputs';
import { TypeProperties } from './properties/TypeProperties';
import { TypeSelect } from './properties/TypeSelect';

/** The properties of the selected section or field. */
export const PropertiesPanel = () => {
  const translate = useTranslate();
  const { definition, selected, apply, issues, language, frozenKeys } = useDesigner();
  const item = selected ? getItem(definition, selected) : undefined;
  if (!selected || !item) {
    return (
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography color="text.secondary">{translate('forms.designer.selectSomething')}</Typography>
      </Paper>
    );
  }
  const path = selected;
  const isField = isFieldPath(path);
  const byProperty = issuesByProperty(issues, path);
  const errors = (property: string) => byProperty.get(property);
  const languageErrors = (property: string) => ({ it: errors(`${property}.it`), en: errors(`${property}.en`) });
  const update = <T extends Section | Field>(next: T) => apply((d) => updateItem<T>(d, path, () => next));
  const set = (name: string, value: unknown) => update(withProperty(item, name, value));
  // The key follows the Italian label while it was derived from it (see model/deriveKey.ts).
  const relabel = (label: Section['title'] | undefined) => apply((d) => relabelItem(d, path, label ?? { it: '' }, frozenKeys));
  const readable = readableFields(definition, path).filter(isComparable);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="properties-heading">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography id="properties-heading" variant="subtitle1" component="h2">
          {translate(isField ? 'forms.designer.fieldProperties' : 'forms.designer.sectionProperties')}
        </Typography>
        {isField ? <Chip size="small" label={translate(`forms.fieldTypes.${(item as Field).type}`)} /> : null}
      </Stack>
      {byProperty.size > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          <List dense disablePadding>
            {[...byProperty.entries()].map(([property, messages]) => (
              <ListItem key={property} disableGutters sx={{ py: 0 }}>
                {property
                  ? `${issuePlace(definition, `${path}.${property}`, translate, language).split(' › ').slice(-1)[0]}: `
                  : ''}
                {messages.join('; ')}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      <Stack spacing={2}>
        <KeyProp
          label={translate('forms.designer.properties.key')}
          helperText={translate(isField ? 'forms.designer.keyHelp' : 'forms.designer.sectionKeyHelp')}
          value={item.key}
          onCommit={(key) =>
            apply((d) => (isField ? renameField(d, path, key) : updateItem<Section>(d, path, (section) => ({ ...section, key }))))
          }
          errors={errors('key')}
        />
        {isField ? (
          <TypeSelect field={item as Field} onChange={update} nested={(parseItemPath(path)?.fields.length ?? 0) >= 3} />
        ) : null}
        {isField ? (
          <FieldTexts field={item as Field} onChange={update} onLabel={relabel} errors={errors} languageErrors={languageErrors} />
        ) : (
          <>
            <LocalizedProp
              label={translate('forms.designer.properties.title')}
              value={(item as Section).title}
              onChange={relabel}
              languageErrors={languageErrors('title')}
            />
            <LocalizedProp
              label={translate('forms.designer.properties.description')}
              value={(item as Section).description}
              onChange={(description) => set('description', optionalText(description))}
              optional
              multiline
              languageErrors={languageErrors('description')}
            />
          </>
        )}
        {isField ? (
          <>
            <Divider />
            <TypeProperties field={item as Field} onChange={update} errors={errors} path={path} />
          </>
        ) : null}
        <Divider />
        <ConditionBuilder
          value={item.visibleWhen}
          onChange={(value) => set('visibleWhen', value)}
          fields={readable}
          language={language}
          errors={errors('visibleWhen')}
        />
      </Stack>
    </Paper>
  );
};

interface FieldTextsProps {
  field: Field;
  onChange: (field: Field) => void;
  onLabel: (label: Field['label'] | undefined) => void;
  errors: (property: string) => string[] | undefined;
  languageErrors: (property: string) => { it?: string[]; en?: string[] };
}

/** Label, help, "required" and "personal data" of a field. */
const FieldTexts = ({ field, onChange, onLabel, errors, languageErrors }: FieldTextsProps) => {
  const translate = useTranslate();
  const set = (name: string, value: unknown) => onChange(withProperty(field, name, value));
  return (
    <>
      <LocalizedProp
        label={translate('forms.designer.properties.label')}
        value={field.label}
        onChange={onLabel}
        errors={errors('label')}
        languageErrors={languageErrors('label')}
      />
      <LocalizedProp
        label={translate('forms.designer.properties.help')}
        value={field.help}
        onChange={(help) => set('help', optionalText(help))}
        optional
        multiline
        languageErrors={languageErrors('help')}
      />
      {field.type !== 'calculated' && field.type !== 'staticText' ? (
        <FormControlLabel
          control={
            <Switch
              checked={field.required === true}
              onChange={(event) => set('required', event.target.checked ? true : undefined)}
            />
          }
          label={translate('forms.designer.properties.required')}
        />
      ) : null}
      <FormControlLabel
        control={
          <Checkbox
            checked={field.personal === true}
            onChange={(event) => set('personal', event.target.checked ? true : undefined)}
          />
        }
        label={translate('forms.designer.properties.personal')}
        title={translate('forms.designer.properties.personalHelp')}
      />
    </>
  );
};
