import { useState } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { WorkflowDefinition } from '../api/types';
import { toDefinition, toFormValues, type DesignValues } from '../model/formValues';

/**
 * The advanced view: the draft in the definition's own JSON notation, editable; "Applica" puts it back
 * into the pickers (still to be saved). For what the pickers cannot show, and for those who prefer it.
 */
export const AdvancedJson = () => {
  const translate = useTranslate();
  const { getValues, reset } = useFormContext<DesignValues>();
  const [text, setText] = useState(() => JSON.stringify(toDefinition(getValues()).definition, null, 2));
  const [problem, setProblem] = useState<string | null>(null);

  const apply = () => {
    try {
      const parsed = JSON.parse(text) as WorkflowDefinition;
      if (
        !parsed ||
        typeof parsed !== 'object' ||
        !Array.isArray(parsed.states) ||
        !Array.isArray(parsed.transitions) ||
        !parsed.start
      ) {
        setProblem(translate('workflows.designer.advancedShape'));
        return;
      }
      reset(toFormValues(parsed, getValues().changeNote), { keepDefaultValues: true });
      setProblem(null);
    } catch {
      setProblem(translate('workflows.designer.jsonInvalid'));
    }
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('workflows.designer.advancedTitle')}
      </Typography>
      <TextField
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={8}
        maxRows={30}
        fullWidth
        label={translate('workflows.designer.advancedJson')}
        error={problem !== null}
        helperText={problem ?? translate('workflows.designer.advancedHelp')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
      />
      <Button sx={{ mt: 1 }} variant="outlined" onClick={apply}>
        {translate('workflows.designer.advancedApply')}
      </Button>
      {problem ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      ) : null}
    </Box>
  );
};
