import { Autocomplete, TextField } from '@mui/material';
import type { ReferenceField, ReferenceTarget } from '@forms-shared';
import { useGetList, useTranslate } from 'react-admin';
import { useFieldInput } from './useFieldInput';

/** The console's resource of each reference target. */
export const REFERENCE_RESOURCE: Record<ReferenceTarget, string> = {
  municipality: 'municipalities',
  service: 'services',
  provider: 'providers',
};

interface Named {
  id: string;
  name: string;
}

/** A comune, service or provider picked by name (typing filters the list); the value is its documentId. */
export const ReferenceInput = ({ field, path }: { field: ReferenceField; path: string }) => {
  const translate = useTranslate();
  const { binding, id, label, helperText, error, required, readOnly } = useFieldInput(field, path);
  const { data = [], isPending } = useGetList<Named>(REFERENCE_RESOURCE[field.target], {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const selected = data.find((record) => record.id === binding.value) ?? null;
  return (
    <Autocomplete
      id={id}
      options={data}
      loading={isPending}
      value={selected}
      readOnly={readOnly}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      onChange={(_, value) => binding.onChange(value?.id ?? null)}
      onBlur={binding.onBlur}
      loadingText={translate('ra.page.loading')}
      noOptionsText={translate('forms.renderer.noOptions')}
      renderInput={(params) => (
        <TextField
          {...params}
          name={path}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={helperText}
          inputRef={binding.ref}
        />
      )}
    />
  );
};
