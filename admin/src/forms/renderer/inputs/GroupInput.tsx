import { Box, Button, FormHelperText, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import type { GroupField } from '@forms-shared';
import { get, useFieldArray, useFormState } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { inputId } from '../../model/fieldPaths';
import { emptyRow } from '../../model/formValues';
import { pick } from '../../model/localized';
import { FieldList } from '../FieldView';
import { useRenderer } from '../RendererContext';

/** A repeatable group (e.g. household members): one block of fields per row, rows added and removed within min/max. */
export const GroupInput = ({ field, path }: { field: GroupField; path: string }) => {
  const translate = useTranslate();
  const { language, readOnly } = useRenderer();
  const { fields: rows, append, remove } = useFieldArray({ name: path });
  const { errors } = useFormState({ name: path });
  const own = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
  const error = own?.root?.message ?? own?.message;
  const label = pick(field.label, language);
  const canAdd = !readOnly && (field.maxItems === undefined || rows.length < field.maxItems);
  const canRemove = !readOnly && rows.length > (field.minItems ?? 0);
  const id = inputId(path);
  const limits = [
    field.minItems !== undefined ? translate('forms.renderer.minRows', { smart_count: field.minItems }) : '',
    field.maxItems !== undefined ? translate('forms.renderer.maxRows', { smart_count: field.maxItems }) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Box component="fieldset" aria-labelledby={`${id}-label`} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography id={`${id}-label`} component="legend" variant="subtitle1" sx={{ fontWeight: 'bold' }}>
        {label}
        {field.required ? ' *' : ''}
      </Typography>
      {field.help || limits ? (
        <Typography variant="body2" color="text.secondary">
          {[field.help ? pick(field.help, language) : '', limits].filter(Boolean).join(' – ')}
        </Typography>
      ) : null}
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        {rows.map((row, index) => (
          <Paper
            key={row.id}
            variant="outlined"
            sx={{ p: 2 }}
            role="group"
            aria-label={`${label} – ${translate('forms.renderer.row', { n: index + 1 })}`}
          >
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle2">{translate('forms.renderer.row', { n: index + 1 })}</Typography>
              {canRemove ? (
                <Tooltip title={translate('forms.renderer.removeRow', { n: index + 1 })}>
                  <IconButton
                    aria-label={translate('forms.renderer.removeRow', { n: index + 1 })}
                    onClick={() => remove(index)}
                    size="small"
                  >
                    <DeleteIcon />
                  </IconButton>
                </Tooltip>
              ) : null}
            </Stack>
            <Stack spacing={1}>
              <FieldList fields={field.fields} prefix={`${path}.${index}.`} />
            </Stack>
          </Paper>
        ))}
        {rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('forms.renderer.noRows')}
          </Typography>
        ) : null}
      </Stack>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
      {canAdd ? (
        <Button startIcon={<AddIcon />} onClick={() => append(emptyRow(field.fields, language))} sx={{ mt: 1 }}>
          {translate('forms.renderer.addRow', { label })}
        </Button>
      ) : null}
    </Box>
  );
};
