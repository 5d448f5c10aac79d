import { Stack, Typography } from '@mui/material';
import { EditButton, Labeled, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { BodyRecord } from '../api/types';
import { CompositionIssues } from '../common/CompositionBadge';
import { QuorumRuleText } from '../common/Quorum';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';
import { BodyMeetings } from './BodyMeetings';
import { BodyMembers } from './BodyMembers';
import { RecordTitle } from '../common/RecordTitle';

const Actions = () =>
  useIsSecretariat() ? (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  ) : null;

const BodyPage = () => {
  const body = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  if (!body) return null;
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      <Stack>
        <Typography variant="h5" component="h1">
          {body.name}
        </Typography>
        <Typography variant="subtitle1" color="text.secondary">
          {translate(`governance.bodyTypes.${body.type}`)}
          {body.area ? ` · ${body.area.name}` : ''}
          {body.public ? ` · ${translate('governance.body.publicBody')}` : ''}
        </Typography>
        {body.description ? <Typography variant="body2">{body.description}</Typography> : null}
      </Stack>
      <Section title={translate('governance.composition.title')}>
        <Stack sx={{ gap: 1 }}>
          <CompositionIssues />
          <Labeled label="governance.quorum.rule">
            <QuorumRuleText rule={body.quorumRule} />
          </Labeled>
          {body.services.length > 0 ? (
            <Labeled label="resources.governance-bodies.fields.services">
              <Typography variant="body2">{body.services.map((s) => s.name).join(', ')}</Typography>
            </Labeled>
          ) : null}
        </Stack>
      </Section>
      <BodyMembers />
      <BodyMeetings />
    </Stack>
  );
};

/** A body: composition and its issues, quorum rule, members with terms, meetings and calendar. */
export const BodyShow = () => (
  <Show actions={<Actions />} component="div" title={<RecordTitle field="name" fallback="resources.governance-bodies.name" />}>
    <BodyPage />
  </Show>
);
