import { Badge } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import { useTranslate } from 'react-admin';
import { useWorkflowTasks } from '../api/queries';

/** The menu icon of "My tasks", with the number of open tasks as a badge: the same answer the home's "Open tasks" counts. */
export const TasksMenuIcon = () => {
  const translate = useTranslate();
  const { data } = useWorkflowTasks('open');
  const count = data?.meta.pagination.total ?? 0;
  return (
    <Badge color="error" badgeContent={count} max={99} title={translate('ambito.home.openTasksCount', { smart_count: count })}>
      <AssignmentIcon />
    </Badge>
  );
};
