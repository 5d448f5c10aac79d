import { useCanAccess, useTranslate } from 'react-admin';
import { useWorkflowTasks } from '../workflows/api/queries';
import { romeToday } from '../common/romeTime';
import { WorkItem } from './WorkItem';

/** Days ahead that make a task "due soon". */
export const DUE_SOON_DAYS = 7;

/** The day `days` after `day` (`YYYY-MM-DD`). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Open tasks of the user and the user's role (the same answer the menu's badge counts), how many are overdue
 * and, with `dueSoon`, how many fall due within a week.
 */
export const TaskItems = ({ dueSoon = false }: { dueSoon?: boolean }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'workflow-tasks' });
  const { data } = useWorkflowTasks('open');
  if (!canAccess || !data) return null;
  const total = data.meta.pagination.total;
  const overdue = data.data.filter((task) => task.overdue).length;
  const limit = addDays(romeToday(), DUE_SOON_DAYS);
  const due = data.data.filter((task) => task.overdue || (task.dueDate !== null && task.dueDate <= limit)).length;
  const overdueLine = overdue > 0 ? translate('ambito.home.ofWhichOverdue', { smart_count: overdue }) : undefined;
  return (
    <>
      {dueSoon ? (
        <WorkItem
          count={due}
          label={translate('ambito.home.tasksDue', { days: DUE_SOON_DAYS })}
          detail={overdueLine}
          to="/workflow-tasks"
          urgent={overdue > 0}
        />
      ) : null}
      <WorkItem
        count={total}
        label={translate('ambito.home.openTasks')}
        detail={dueSoon ? undefined : overdueLine}
        to="/workflow-tasks"
        urgent={!dueSoon && overdue > 0}
      />
    </>
  );
};
