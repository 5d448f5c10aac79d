import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useFormatLocale } from '../../common/LocaleFields';
import { pickLabel } from '../model/labels';
import { useCaseWorkflows } from './useCaseActivity';

/** Where the case stands in its pathways (workflows engine): state, deadline, overdue. */
export const CaseWorkflow = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatLocale = useFormatLocale();
  const { data, error } = useCaseWorkflows(caseId);
  if (error) return null;
  if (!data) return null;
  if (data.length === 0) return <Typography color="text.secondary">{translate('cases.show.noWorkflow')}</Typography>;
  return (
    <Stack spacing={1}>
      {data.map((instance) => (
        <Box key={instance.documentId} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography component="span" sx={{ fontWeight: 500 }}>
            {pickLabel(instance.workflow.name, locale) || instance.workflow.key}
          </Typography>
          <Chip
            size="small"
            label={pickLabel(instance.state.label, locale)}
            sx={{ borderLeft: `6px solid ${instance.state.colour}` }}
          />
          {instance.deadline ? (
            <Typography component="span" variant="body2" color="text.secondary">
              {translate('cases.show.deadline', { date: new Date(instance.deadline).toLocaleDateString(formatLocale) })}
            </Typography>
          ) : null}
          {instance.overdue ? <Chip size="small" color="error" label={translate('cases.show.overdue')} /> : null}
        </Box>
      ))}
    </Stack>
  );
};
