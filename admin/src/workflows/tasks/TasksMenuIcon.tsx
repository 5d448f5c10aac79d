import { Badge } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import { useTranslate } from 'react-admin';
import { useWorkflowNotifications } from '../api/queries';

/** The menu icon of "My tasks", with the number of unread notifications as a badge. */
export const TasksMenuIcon = () => {
  const translate = useTranslate();
  const { data } = useWorkflowNotifications(true);
  const count = data?.meta.pagination.total ?? 0;
  return (
    <Badge color="error" badgeContent={count} max={99} title={translate('workflows.notifications.unread', { smart_count: count })}>
      <AssignmentIcon />
    </Badge>
  );
};
