import { useMemo } from 'react';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { languageOf, pick } from '../forms/model/localized';
import { useWorkflowInstances } from '../workflows/api/queries';
import type { InstanceSummary } from '../workflows/api/types';
import { formatRomeDate, romeToday } from '../common/romeTime';
import { addDays, DUE_SOON_DAYS, TaskItems } from './TaskItems';
import { useCount } from './useCount';
import { listWith, WorkItem } from './WorkItem';
import { WorkCounts, WorkList, type WorkRow } from './WorkList';

const SHOWN = 8;

/** Overdue first (oldest deadline first), then by deadline, then those without one. */
export function byUrgency(
  a: Pick<InstanceSummary, 'overdue' | 'deadline'>,
  b: Pick<InstanceSummary, 'overdue' | 'deadline'>
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.deadline && b.deadline) return a.deadline.localeCompare(b.deadline);
  return a.deadline ? -1 : b.deadline ? 1 : 0;
}

/** The running case files in the operator's hands (assigned to the operator, or to the role with nobody named), by urgency. */
function useMyCases(): WorkRow[] | undefined {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { identity } = useGetIdentity();
  const { data } = useWorkflowInstances({ subjectType: 'api::case.case', closed: false, pageSize: 200 }, Boolean(identity));
  return useMemo(() => {
    if (!data || !identity) return undefined;
    const soon = addDays(romeToday(), DUE_SOON_DAYS);
    return data.data
      .filter((instance) =>
        instance.assignee.user ? instance.assignee.user.username === identity.username : instance.assignee.role === 'operator'
      )
      .sort(byUrgency)
      .slice(0, SHOWN)
      .map((instance) => {
        const due = instance.deadline ? formatRomeDate(instance.deadline, language) : '';
        const mark = instance.overdue
          ? translate('ambito.home.overdueSince', { date: due })
          : instance.deadline
            ? translate('ambito.home.dueBy', { date: due })
            : undefined;
        return {
          key: instance.documentId,
          primary: pick(instance.subjectLabel, language) || translate('resources.cases.name', { smart_count: 1 }),
          secondary: `${pick(instance.workflow.name, language)}: ${pick(instance.state.label, language)}`,
          mark,
          urgent: instance.overdue || (instance.deadline !== null && instance.deadline <= soon),
          to: `/cases/${encodeURIComponent(instance.subject.documentId)}/show`,
        };
      });
  }, [data, identity, language, translate]);
}

/** The operator's home: the case files by urgency, the tasks falling due, the referrals waiting for the provider. */
export const OperatorWork = () => {
  const translate = useTranslate();
  const cases = useMyCases();
  const pendingReferrals = useCount('referrals', { status: 'pending' });
  return (
    <>
      <WorkList
        title={translate('ambito.home.myCases')}
        rows={cases}
        empty={translate('ambito.home.noCases')}
        more={{ label: translate('ambito.home.allCases'), to: '/cases' }}
      />
      <WorkCounts>
        <TaskItems dueSoon />
        {pendingReferrals !== undefined ? (
          <WorkItem
            count={pendingReferrals}
            label={translate('ambito.home.pendingReferrals')}
            to={listWith('referrals', { status: 'pending' })}
          />
        ) : null}
      </WorkCounts>
    </>
  );
};
