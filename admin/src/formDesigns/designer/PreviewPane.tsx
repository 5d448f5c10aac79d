import { useState } from 'react';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { useNotify, useTranslate } from 'react-admin';
import { FormRenderer } from '../../forms/renderer/FormRenderer';
import { useDesigner } from './DesignerContext';

/**
 * The form as operators will see it, rendered by the very renderer they use and updated at every edit;
 * "Check" runs the same validation as sending, without saving anything.
 */
export const PreviewPane = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { definition } = useDesigner();
  const [round, setRound] = useState(0);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="preview-heading">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography id="preview-heading" variant="subtitle1" component="h2">
          {translate('forms.designer.preview')}
        </Typography>
        <Button size="small" startIcon={<RestartAltIcon />} onClick={() => setRound((n) => n + 1)}>
          {translate('forms.designer.resetPreview')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('forms.designer.previewHelp')}
      </Typography>
      <Box>
        <FormRenderer
          key={round}
          definition={definition}
          submitLabel={translate('forms.designer.check')}
          onSubmit={async () => {
            notify('forms.designer.previewValid', { type: 'success' });
          }}
        />
      </Box>
    </Paper>
  );
};
