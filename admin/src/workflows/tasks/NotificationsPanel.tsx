import { Badge, Box, Button, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useBasename, useLocaleState, useTranslate } from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import { useInvalidateWorkflows, useWorkflowNotifications } from '../api/queries';
import { useWorkflowsApi } from '../api/useWorkflowsApi';
import { formatMoment } from '../model/dates';

/** The console notices for the user or the user's role, newest first; unread ones can be marked read. */
export const NotificationsPanel = () => {
  const translate = useTranslate();
  const basename = useBasename();
  const api = useWorkflowsApi();
  const invalidate = useInvalidateWorkflows();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { data } = useWorkflowNotifications(false);
  const { data: unread } = useWorkflowNotifications(true);
  const unreadCount = unread?.meta.pagination.total ?? 0;

  return (
    <Paper variant="outlined" component="section" aria-label={translate('workflows.notifications.title')} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Badge color="error" badgeContent={unreadCount} max={99}>
          <Typography variant="h6" component="h2">
            {translate('workflows.notifications.title')}
          </Typography>
        </Badge>
        <Typography variant="body2" color="text.secondary">
          {translate('workflows.notifications.unread', { smart_count: unreadCount })}
        </Typography>
      </Stack>
      <List dense>
        {(data?.data ?? []).map((notification) => (
          <ListItem
            key={notification.documentId}
            sx={{ bgcolor: notification.readAt ? undefined : 'action.hover', borderRadius: 1 }}
            secondaryAction={
              notification.readAt ? null : (
                <Button
                  size="small"
                  onClick={async () => {
                    await api.workflowsReadNotification(notification.documentId);
                    await invalidate();
                  }}
                >
                  {translate('workflows.notifications.markRead')}
                </Button>
              )
            }
          >
            <ListItemText
              primary={pick(notification.message, language)}
              secondary={
                <>
                  {formatMoment(notification.createdAt, locale)}
                  {notification.instanceId ? (
                    <>
                      {' · '}
                      <Link to={`${basename}/workflow-instances/${encodeURIComponent(notification.instanceId)}/show`}>
                        {translate('workflows.instances.openOne')}
                      </Link>
                    </>
                  ) : null}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {data && data.data.length === 0 ? (
        <Box sx={{ color: 'text.secondary' }}>{translate('workflows.notifications.none')}</Box>
      ) : null}
    </Paper>
  );
};
