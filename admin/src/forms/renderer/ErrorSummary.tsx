import { Alert, AlertTitle, Link, List, ListItem } from '@mui/material';
import type { FormDefinition } from '@forms-shared';
import { useTranslate } from 'react-admin';
import type { PlacedError } from '../model/fieldErrors';
import { allFields, focusInput, formOrder, labelOfPath } from '../model/fieldPaths';
import { pick, type Language } from '../model/localized';

interface ErrorSummaryProps {
  definition: FormDefinition;
  errors: PlacedError[];
  language: Language;
}

/** After a refused submit: what is wrong, field by field, each a link to its input. */
export const ErrorSummary = ({ definition, errors, language }: ErrorSummaryProps) => {
  const translate = useTranslate();
  if (errors.length === 0) return null;
  const fields = allFields(definition);
  const byForm = formOrder(fields);
  const sorted = [...errors].sort((a, b) => byForm(a.path, b.path));
  const row = (n: number) => translate('forms.renderer.row', { n });
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      <AlertTitle>{translate('forms.renderer.errorsTitle', { smart_count: errors.length })}</AlertTitle>
      <List dense disablePadding>
        {sorted.map((error, index) => (
          <ListItem key={`${error.path}-${index}`} disableGutters sx={{ py: 0 }}>
            {error.path ? (
              <Link component="button" type="button" onClick={() => focusInput(error.path as string)} sx={{ textAlign: 'left' }}>
                {labelOfPath(fields, error.path, (field) => pick(field.label, language), row)}: {error.message}
              </Link>
            ) : (
              error.message
            )}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
