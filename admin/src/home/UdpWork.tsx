import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { languageOf, pick } from '../forms/model/localized';
import { useFormDefinitions } from '../forms/api/queries';
import { useObservatoryApi } from '../observatory/api/ObservatoryData';
import { useWorkflowInstances } from '../workflows/api/queries';
import type { InstanceSummary } from '../workflows/api/types';
import { romeToday } from '../common/romeTime';
import { addDays, TaskItems } from './TaskItems';
import { useCount } from './useCount';
import { listWith, WorkItem } from './WorkItem';
import { WorkCounts, WorkList, type WorkRow } from './WorkList';

const EXPIRY_DAYS = 60;
/** Enough for the district's bodies (a few dozen) in one answer. */
const ALL = { page: 1, perPage: 500 };

/** The case files' describer puts the service first (`SAD · Bussero · aperta dal …`). */
const serviceOf = (instance: InstanceSummary, language: 'it' | 'en') =>
  instance.subject.type === 'api::case.case' ? pick(instance.subjectLabel, language).split(' · ')[0] : '';

/** Overdue steps of running instances, one row per workflow, with the services their case files belong to. */
function useOverdueRows(): WorkRow[] | undefined {
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const translate = useTranslate();
  const { data } = useWorkflowInstances({ overdue: true, closed: false, pageSize: 200 });
  return useMemo(() => {
    if (!data) return undefined;
    const groups = new Map<string, { name: string; count: number; services: Set<string> }>();
    for (const instance of data.data) {
      const group = groups.get(instance.workflow.key) ?? {
        name: pick(instance.workflow.name, language) || translate('workflows.instances.workflow'),
        count: 0,
        services: new Set<string>(),
      };
      group.count += 1;
      const service = serviceOf(instance, language);
      if (service) group.services.add(service);
      groups.set(instance.workflow.key, group);
    }
    return [...groups]
      .sort(([, a], [, b]) => b.count - a.count)
      .map(([key, group]) => ({
        key,
        primary: group.name,
        secondary: group.services.size ? [...group.services].join(', ') : undefined,
        mark: translate('ambito.home.overdueCount', { smart_count: group.count }),
        urgent: true,
        to: `/workflow-instances?workflow=${encodeURIComponent(key)}&overdue=true`,
      }));
  }, [data, language, translate]);
}

/** The UdP's home: what needs attention across the district. */
export const UdpWork = () => {
  const translate = useTranslate();
  const today = romeToday();
  const year = Number(today.slice(0, 4));
  const overdue = useOverdueRows();
  const minutesInReview = useCount('governance-minutes', { state: 'in-review' });
  const expiring = { status: 'active', validTo_gte: today, validTo_lte: addDays(today, EXPIRY_DAYS) };
  const expiringCount = useCount('accreditations', expiring);
  const { data: bodies } = useGetList<{ id: string; compositionIssues?: unknown[] }>('governance-bodies', { pagination: ALL });
  const observatory = useObservatoryApi();
  // The observatory's lists are read through its own API (its react-admin resources live inside its pages).
  const { data: indicators } = useQuery({
    queryKey: ['observatory', 'indicators', 'home'],
    queryFn: () => observatory.observatoryIndicators({}),
  });
  const { data: forms } = useFormDefinitions();
  const badBodies = bodies?.filter((body) => (body.compositionIssues?.length ?? 0) > 0).length;
  const missingValues = indicators?.data.filter(
    (indicator) => indicator.kind === 'manual' && !indicator.values?.some((v) => v.year === year && v.value !== null)
  ).length;
  const draftForms = forms?.filter((form) => form.versions.some((version) => version.status === 'draft')).length;
  return (
    <>
      <WorkList
        title={translate('ambito.home.overdueByService')}
        rows={overdue}
        empty={translate('ambito.home.noOverdue')}
        more={{ label: translate('ambito.home.allInstances'), to: '/workflow-instances' }}
      />
      <WorkCounts>
        <TaskItems />
        {minutesInReview !== undefined ? (
          <WorkItem
            count={minutesInReview}
            label={translate('ambito.home.minutesInReview')}
            to={listWith('governance-minutes', { state: 'in-review' })}
          />
        ) : null}
        {badBodies !== undefined ? (
          <WorkItem
            count={badBodies}
            label={translate('ambito.home.bodiesWithIssues')}
            to="/governance-bodies"
            urgent={badBodies > 0}
          />
        ) : null}
        {expiringCount !== undefined ? (
          <WorkItem
            count={expiringCount}
            label={translate('ambito.home.expiringAccreditations', { days: EXPIRY_DAYS })}
            to={listWith('accreditations', expiring)}
            urgent={expiringCount > 0}
          />
        ) : null}
        {missingValues !== undefined ? (
          <WorkItem
            count={missingValues}
            label={translate('ambito.home.indicatorsWithoutValue', { year })}
            to="/observatory-indicators"
          />
        ) : null}
        {draftForms !== undefined ? (
          <WorkItem count={draftForms} label={translate('ambito.home.draftForms')} to="/form-designs" />
        ) : null}
      </WorkCounts>
    </>
  );
};
