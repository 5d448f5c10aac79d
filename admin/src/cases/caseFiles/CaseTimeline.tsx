import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import FormIcon from '@mui/icons-material/Assignment';
import MoveIcon from '@mui/icons-material/TrendingFlat';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatRomeDateTime } from '../../common/romeTime';
import { buildTimeline } from '../model/timeline';
import { pickLabel } from '../model/labels';
import { useCaseSubmissions, useCaseWorkflows } from './useCaseActivity';
import { useWorkflowDefinitions } from '../../workflows/api/queries';
import { stateLabelsOf } from '../../workflows/model/stateLabels';

/** The case's history, newest first: forms filled about it and moves of its pathways. */
export const CaseTimeline = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const submissions = useCaseSubmissions(caseId);
  const workflows = useCaseWorkflows(caseId);
  const { data: definitions } = useWorkflowDefinitions();
  const entries = buildTimeline(submissions.data ?? [], workflows.data ?? []);
  /** A state's label in the version the move was made in; a state no longer defined shows as a dash, never its key. */
  const stateName = (workflow: string, version: number, state: string | null) =>
    state ? pickLabel(stateLabelsOf(definitions, workflow, version).get(state), locale) || '—' : '—';
  if (submissions.isPending && workflows.isPending) return null;
  if (entries.length === 0) return <Typography color="text.secondary">{translate('cases.show.noTimeline')}</Typography>;

  return (
    <List dense aria-label={translate('cases.show.timeline')}>
      {entries.map((entry) => {
        const when = formatRomeDateTime(entry.at, locale);
        const by = entry.by ? ` · ${translate('cases.show.by', { user: entry.by })}` : '';
        return (
          <ListItem key={entry.id} divider>
            <ListItemIcon>{entry.kind === 'form' ? <FormIcon /> : <MoveIcon />}</ListItemIcon>
            <ListItemText
              primary={
                entry.kind === 'form'
                  ? translate('cases.show.formFilled', { title: pickLabel(entry.title, locale), version: entry.version })
                  : translate('cases.show.moved', {
                      workflow: pickLabel(entry.workflowName, locale),
                      from: stateName(entry.workflow, entry.version, entry.from),
                      to: stateName(entry.workflow, entry.version, entry.to),
                    })
              }
              secondary={`${when}${by}${entry.kind === 'transition' && entry.comment ? ` · ${entry.comment}` : ''}`}
            />
          </ListItem>
        );
      })}
    </List>
  );
};
