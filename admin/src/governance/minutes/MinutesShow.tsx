import { Alert, Divider, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, useCreatePath, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { MinutesRecord } from '../api/types';
import { MinutesActionItems } from '../actionItems/MinutesActionItems';
import { formatDateTime } from '../common/format';
import { SafeHtml } from '../common/SafeHtml';
import { Section } from '../common/Section';
import { AmendmentList } from './AmendmentList';
import { MinutesActions } from './MinutesActions';
import { MinutesStateChip } from './MinutesStateChip';
import { MinutesVersions } from './MinutesVersions';
import { ProposeAmendment } from './ProposeAmendment';
import { RecordTitle } from '../common/RecordTitle';

const PersonalDataWarning = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!minutes?.personalData?.length) return null;
  const placeOf = (path: string[]) => {
    // A place in words, never the JSON path the server names it by (`items.2.text`).
    if (path[0] === 'items') return minutes.items[Number(path[1])]?.title ?? translate('governance.minutes.opening');
    return translate(path[0] === 'title' ? 'resources.governance-minutes.fields.title' : 'governance.minutes.opening');
  };
  return (
    <Alert severity="error" role="alert">
      {translate('governance.minutes.personalData')}
      <ul style={{ margin: 0 }}>
        {minutes.personalData.map((finding, index) => (
          <li key={index}>
            {translate('governance.minutes.personalDataAt', {
              place: placeOf(finding.path),
              masked: finding.masked,
              what: locale === 'en' ? finding.en : finding.it,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
};

const ReviewWindow = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (minutes?.state !== 'in-review') return null;
  return (
    <Alert severity={minutes.canAmend === false ? 'info' : 'warning'}>
      {minutes.reviewClosesAt && minutes.canAmend !== false
        ? translate('governance.minutes.reviewWindow', { date: formatDateTime(minutes.reviewClosesAt, locale) })
        : translate('governance.minutes.reviewClosed')}
    </Alert>
  );
};

const MinutesPage = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  if (!minutes) return null;
  const inReview = minutes.amendments !== undefined && minutes.state !== 'draft';
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      <Stack sx={{ gap: 0.5 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            {minutes.title}
          </Typography>
          <MinutesStateChip state={minutes.state} />
          <Typography variant="body2" color="text.secondary">
            {translate('governance.minutes.version', { version: minutes.version })}
          </Typography>
        </Stack>
        <Typography variant="subtitle1">
          <MuiLink
            component={Link}
            to={createPath({ resource: 'governance-bodies', id: minutes.bodyOf.documentId, type: 'show' })}
          >
            {minutes.bodyOf.name}
          </MuiLink>
          {' · '}
          <MuiLink
            component={Link}
            to={createPath({ resource: 'governance-meetings', id: minutes.meeting.documentId, type: 'show' })}
          >
            {minutes.meeting.title}
          </MuiLink>
          {' · '}
          {formatDateTime(minutes.meeting.startsAt, locale)}
        </Typography>
        {minutes.publishedOn ? (
          <Typography variant="body2">
            {translate('governance.minutes.published')}: {formatDateTime(minutes.publishedOn, locale)}
            {minutes.bodyOf.public ? (
              <>
                {' · '}
                <MuiLink href={`/api/governance/minutes/${minutes.id}/page`} target="_blank" rel="noopener">
                  {translate('governance.minutes.page')}
                </MuiLink>
              </>
            ) : null}
          </Typography>
        ) : null}
      </Stack>
      <PersonalDataWarning />
      <ReviewWindow />
      <Section title={translate('governance.minutes.opening')}>
        <SafeHtml html={minutes.body} />
        {inReview ? (
          <Stack sx={{ gap: 1, mt: 1 }}>
            <Divider />
            <AmendmentList itemKey={null} />
            <ProposeAmendment itemKey={null} label={translate('governance.minutes.opening')} />
          </Stack>
        ) : null}
      </Section>
      {minutes.items.map((item, index) => (
        <Section key={item.key} title={`${index + 1}. ${item.title}`}>
          <div data-testid={`minutes-item-${item.key}`}>
            <SafeHtml html={item.text} />
          </div>
          {inReview ? (
            <Stack sx={{ gap: 1, mt: 1 }}>
              <Divider />
              <Typography variant="subtitle2">{translate('governance.minutes.amendments')}</Typography>
              <AmendmentList itemKey={item.key} />
              <ProposeAmendment itemKey={item.key} label={item.title} />
            </Stack>
          ) : null}
        </Section>
      ))}
      <MinutesActionItems />
      <MinutesVersions />
    </Stack>
  );
};

/**
 * A set of minutes: the draft for the UdP, the review (amendments and comments per item, each decided by
 * the UdP), approval and publication; published, it is the page members read, with its PDF.
 */
export const MinutesShow = () => (
  <Show
    actions={<MinutesActions />}
    component="div"
    title={<RecordTitle field="title" fallback="resources.governance-minutes.name" />}
  >
    <MinutesPage />
  </Show>
);
