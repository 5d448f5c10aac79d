import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, AlertTitle, Chip } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { BodyRecord } from '../api/types';

/** "Composizione regolare" or how many rules the body breaks, for lists. */
export const CompositionBadge = (_props: { label?: string }) => {
  const record = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const count = record.compositionIssues.length;
  return count === 0 ? (
    <Chip
      size="small"
      color="success"
      variant="outlined"
      icon={<CheckCircleIcon />}
      label={translate('governance.composition.ok')}
    />
  ) : (
    <Chip
      size="small"
      color="warning"
      icon={<WarningAmberIcon />}
      label={translate('governance.composition.issues', { smart_count: count })}
    />
  );
};

/** Every rule the body breaks, each in the reader's language, as a warning. */
export const CompositionIssues = () => {
  const record = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  if (record.compositionIssues.length === 0)
    return (
      <Alert severity="success" role="status">
        {translate('governance.composition.ok')}
      </Alert>
    );
  return (
    <Alert severity="warning" role="alert" data-testid="composition-issues">
      <AlertTitle>{translate('governance.composition.issuesIntro')}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {record.compositionIssues.map((issue, index) => (
          <li key={index}>{locale === 'en' ? issue.en : issue.it}</li>
        ))}
      </ul>
    </Alert>
  );
};
