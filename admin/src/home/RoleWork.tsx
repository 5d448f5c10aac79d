import { Box, Stack, Typography } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { useWorkflowTasks } from '../workflows/api/queries';
import { listWith, WorkItem } from './WorkItem';

/** How many records of a list match a filter, if the role may read the list (nothing is asked otherwise). */
function useCount(resource: string, filter: Record<string, unknown>): number | undefined {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  const { total } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter }, { enabled: canAccess === true });
  return canAccess ? total : undefined;
}

/** Open tasks of the user and the user's role, and how many are overdue. */
const TaskItems = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'workflow-tasks' });
  const { data } = useWorkflowTasks('open');
  if (!canAccess || !data) return null;
  const overdue = data.data.filter((task) => task.overdue).length;
  return (
    <>
      <WorkItem count={data.data.length} label={translate('ambito.home.openTasks')} to="/workflow-tasks" />
      {overdue > 0 ? <WorkItem count={overdue} label={translate('ambito.home.overdueTasks')} to="/workflow-tasks" urgent /> : null}
    </>
  );
};

/**
 * The home's "what needs attention": the role's own work, counted from live data, each linking to
 * the page where it is done. Only what the role may read is asked for and shown.
 */
export const RoleWork = () => {
  const translate = useTranslate();
  const pendingReferrals = useCount('referrals', { status: 'pending' });
  const issuedVouchers = useCount('vouchers', { status: 'issued' });
  const minutesInReview = useCount('governance-minutes', { state: 'in-review' });
  const publishedMinutes = useCount('governance-minutes', { state: 'published' });
  return (
    <Box component="section" aria-labelledby="home-work" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="home-work" sx={{ mb: 1 }}>
        {translate('ambito.home.work')}
      </Typography>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        <TaskItems />
        {pendingReferrals !== undefined ? (
          <WorkItem count={pendingReferrals} label={translate('ambito.home.pendingReferrals')} to={listWith('referrals', { status: 'pending' })} urgent={pendingReferrals > 0} />
        ) : null}
        {issuedVouchers !== undefined ? <WorkItem count={issuedVouchers} label={translate('ambito.home.issuedVouchers')} to={listWith('vouchers', { status: 'issued' })} /> : null}
        {minutesInReview !== undefined ? (
          <WorkItem count={minutesInReview} label={translate('ambito.home.minutesInReview')} to={listWith('governance-minutes', { state: 'in-review' })} />
        ) : null}
        {publishedMinutes !== undefined ? (
          <WorkItem count={publishedMinutes} label={translate('ambito.home.publishedMinutes')} to={listWith('governance-minutes', { state: 'published' })} />
        ) : null}
      </Stack>
    </Box>
  );
};
