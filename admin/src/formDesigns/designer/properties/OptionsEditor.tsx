import { Box, Button, IconButton, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { ChoiceOption, MultipleChoiceField, SingleChoiceField } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { useState } from 'react';
import { optionsFromLines } from '../../model/relabel';
import { relabelOptionAt } from '../../model/renameOptionCode';
import type { ItemPath } from '../../model/itemPaths';
import { uniqueKey } from '../../model/uniqueKey';
import { useDesigner } from '../DesignerContext';

interface OptionsEditorProps {
  field: SingleChoiceField | MultipleChoiceField;
  /** Where the field is: a renamed code is renamed in the conditions and scores of the whole form. */
  path: ItemPath;
  onChange: (field: SingleChoiceField | MultipleChoiceField) => void;
  errors: (property: string) => string[] | undefined;
}

/**
 * The options of a choice: a stable code (what is stored, derived from the Italian label until edited)
 * and the label in Italian and (optionally) English; several options can be pasted one per line.
 */
export const OptionsEditor = ({ field, path, onChange, errors }: OptionsEditorProps) => {
  const translate = useTranslate();
  const { frozenKeys, apply } = useDesigner();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const frozenCodes = new Set(
    field.options.map((option) => option.code).filter((code) => frozenKeys.has(`${field.key}.${code}`))
  );
  const relabel = (index: number, label: ChoiceOption['label']) =>
    apply((definition) => relabelOptionAt(definition, path, index, label, frozenCodes));
  const addPasted = () => {
    // Placeholder options nobody renamed ("Opzione A", "Opzione B") give way to the pasted ones.
    const kept = field.options.filter((option) => !/^Opzione [A-Z]$/.test(option.label.it) || frozenCodes.has(option.code));
    const options = optionsFromLines(pasted, kept);
    if (options.length > 0) onChange({ ...field, options });
    setPasted('');
    setPasting(false);
  };
  const setOptions = (options: ChoiceOption[]) => onChange({ ...field, options });
  const update = (index: number, option: ChoiceOption) =>
    setOptions(field.options.map((current, at) => (at === index ? option : current)));
  const moveUp = (index: number) => {
    const copy = [...field.options];
    [copy[index - 1], copy[index]] = [copy[index], copy[index - 1]];
    setOptions(copy);
  };
  const add = () => {
    const code = uniqueKey(
      `option${field.options.length + 1}`,
      field.options.map((option) => option.code)
    );
    setOptions([...field.options, { code, label: { it: '' } }]);
  };
  const issue = (index: number, property: string) => errors(`options.${index}.${property}`)?.join('; ');

  return (
    <Box role="group" aria-labelledby="options-heading">
      <Typography id="options-heading" variant="subtitle2" sx={{ mb: 1 }}>
        {translate('forms.designer.properties.options')}
      </Typography>
      <Stack spacing={1}>
        {field.options.map((option, index) => (
          <Paper key={index} variant="outlined" sx={{ p: 1 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                size="small"
                label={`${translate('forms.designer.properties.code')} ${index + 1}`}
                value={option.code}
                onChange={(event) => update(index, { ...option, code: event.target.value })}
                error={Boolean(issue(index, 'code'))}
                helperText={issue(index, 'code')}
                sx={{ width: 120, flexShrink: 0 }}
              />
              <Stack spacing={1} sx={{ flexGrow: 1 }}>
                {(['it', 'en'] as const).map((language) => (
                  <TextField
                    key={language}
                    size="small"
                    label={`${translate('forms.designer.properties.optionLabel')} ${index + 1} (${language.toUpperCase()})`}
                    value={option.label[language] ?? ''}
                    required={language === 'it'}
                    onChange={(event) => {
                      const label = { ...option.label, [language]: event.target.value };
                      if (label.en === '') delete label.en;
                      relabel(index, label);
                    }}
                    error={Boolean(issue(index, `label.${language}`))}
                    helperText={issue(index, `label.${language}`)}
                  />
                ))}
              </Stack>
              <Stack>
                <Tooltip title={translate('forms.designer.moveUp')}>
                  <span>
                    <IconButton
                      size="small"
                      disabled={index === 0}
                      onClick={() => moveUp(index)}
                      aria-label={`${translate('forms.designer.moveUp')}: ${option.code}`}
                    >
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate('forms.designer.remove')}>
                  <IconButton
                    size="small"
                    onClick={() => setOptions(field.options.filter((_, at) => at !== index))}
                    aria-label={`${translate('forms.designer.remove')}: ${option.code}`}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
            </Stack>
          </Paper>
        ))}
      </Stack>
      {errors('options')?.length ? (
        <Typography color="error" variant="body2">
          {errors('options')?.join('; ')}
        </Typography>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button size="small" startIcon={<AddIcon />} onClick={add}>
          {translate('forms.designer.addOption')}
        </Button>
        <Button size="small" onClick={() => setPasting(!pasting)} aria-expanded={pasting}>
          {translate('forms.designer.pasteOptions')}
        </Button>
      </Stack>
      {pasting ? (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField
            multiline
            minRows={4}
            size="small"
            label={translate('forms.designer.pasteOptionsLabel')}
            helperText={translate('forms.designer.pasteOptionsHelp')}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <Button
            size="small"
            variant="outlined"
            onClick={addPasted}
            disabled={pasted.trim() === ''}
            sx={{ alignSelf: 'flex-start' }}
          >
            {translate('forms.designer.pasteOptionsApply')}
          </Button>
        </Stack>
      ) : null}
    </Box>
  );
};
