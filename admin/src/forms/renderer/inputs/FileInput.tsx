import { useState } from 'react';
import { Alert, Box, Button, FormControl, FormHelperText, FormLabel, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { FileField } from '@forms-shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import type { UploadedFile } from '../../api/types';
import { useFormsApi } from '../../api/useFormsApi';
import { formatNumber } from '../../model/numbers';
import { useFieldInput } from './useFieldInput';

/**
 * One attached file, uploaded to Strapi's media library (`POST /api/upload`). When the user's role may
 * not upload, the field says so and stays disabled; a file already stored is still shown.
 */
export const FileInput = ({ field, path }: { field: FileField; path: string }) => {
  const translate = useTranslate();
  const api = useFormsApi();
  const { binding, id, label, helperText, error, required, readOnly, language } = useFieldInput(field, path);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: canUpload, isPending } = useQuery({
    queryKey: ['forms', 'canUpload'],
    queryFn: () => api.formsCanUpload(),
    staleTime: Infinity,
    enabled: !readOnly,
  });
  const file = binding.value as UploadedFile | null;
  const disabled = readOnly || isPending || !canUpload || uploading;

  const upload = async (chosen: File | undefined) => {
    if (!chosen) return;
    setUploading(true);
    setFailure(null);
    try {
      binding.onChange(await api.formsUpload(chosen));
    } catch (reason) {
      setFailure(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setUploading(false);
      binding.onBlur();
    }
  };

  return (
    <FormControl component="fieldset" error={Boolean(error)} required={required}>
      <FormLabel component="legend" id={`${id}-label`}>
        {label}
      </FormLabel>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={disabled}
          aria-describedby={`${id}-label`}
        >
          {translate(file ? 'forms.renderer.replaceFile' : 'forms.renderer.chooseFile')}
          <input
            id={id}
            ref={binding.ref}
            type="file"
            hidden
            accept={field.accept?.join(',')}
            onChange={(event) => void upload(event.target.files?.[0])}
          />
        </Button>
        <Typography variant="body2">
          {file ? `${file.name} (${formatNumber(file.size / 1024, language)} KB)` : translate('forms.renderer.noFile')}
        </Typography>
        {file && !disabled ? (
          <Button size="small" onClick={() => binding.onChange(null)}>
            {translate('forms.renderer.removeFile')}
          </Button>
        ) : null}
      </Stack>
      {!readOnly && !isPending && !canUpload ? (
        <Box sx={{ mt: 1 }}>
          <Alert severity="info">{translate('forms.renderer.uploadUnavailable')}</Alert>
        </Box>
      ) : null}
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      <FormHelperText>{helperText}</FormHelperText>
    </FormControl>
  );
};
