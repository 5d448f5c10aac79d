import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { languageOf } from '../forms/model/localized';
import { formatRomeDateTime, romeToday } from '../common/romeTime';
import type { MeetingRecord } from '../governance/api/types';
import { TaskItems } from './TaskItems';
import { useCount } from './useCount';
import { listWith, WorkItem } from './WorkItem';
import { WorkCounts, WorkList } from './WorkList';

const SHOWN = 5;

/** The table member's home: the next meetings (the soonest first), minutes to review, published minutes. */
export const TableMemberWork = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  // The server lists meetings by start, earliest first, from the day given (today in Rome).
  const { data: meetings } = useGetList<MeetingRecord>('governance-meetings', {
    pagination: { page: 1, perPage: 50 },
    filter: { from: romeToday() },
  });
  const next = meetings
    ?.filter((meeting) => meeting.status !== 'cancelled' && new Date(meeting.startsAt).getTime() >= Date.now())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, SHOWN)
    .map((meeting) => ({
      key: String(meeting.id),
      primary: meeting.title,
      secondary: [meeting.body?.name, meeting.place].filter(Boolean).join(' · '),
      mark: formatRomeDateTime(meeting.startsAt, language),
      to: `/governance-meetings/${encodeURIComponent(String(meeting.id))}/show`,
    }));
  const toReview = useCount('governance-minutes', { state: 'in-review' });
  const published = useCount('governance-minutes', { state: 'published' });
  return (
    <>
      <WorkList
        title={translate('ambito.home.nextMeetings')}
        rows={next}
        empty={translate('ambito.home.noMeetings')}
        more={{ label: translate('ambito.home.calendar'), to: '/governance-meetings' }}
      />
      <WorkCounts>
        {toReview !== undefined ? (
          <WorkItem
            count={toReview}
            label={translate('ambito.home.minutesToReview')}
            to={listWith('governance-minutes', { state: 'in-review' })}
            urgent={toReview > 0}
          />
        ) : null}
        {published !== undefined ? (
          <WorkItem
            count={published}
            label={translate('ambito.home.publishedMinutes')}
            to={listWith('governance-minutes', { state: 'published' })}
          />
        ) : null}
        <TaskItems />
      </WorkCounts>
    </>
  );
};
