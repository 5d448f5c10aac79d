import { Box, Card, CardContent, Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useBasename, useTranslate } from 'react-admin';

export interface WorkRow {
  key: string;
  primary: string;
  secondary?: string;
  /** A short mark on the right (a date, a count), red when urgent. */
  mark?: string;
  urgent?: boolean;
  to: string;
}

/** A titled list of the role's work, each row a link to its page; a line saying so when there is nothing. */
export const WorkList = ({
  title,
  rows,
  empty,
  more,
}: {
  title: string;
  rows: WorkRow[] | undefined;
  empty: string;
  more?: { label: string; to: string };
}) => {
  const basename = useBasename();
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '2 1 360px', minWidth: 0 }}>
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 'bold' }}>
          {title}
        </Typography>
        {rows === undefined ? (
          <Typography color="text.secondary">{translate('ra.page.loading')}</Typography>
        ) : rows.length === 0 ? (
          <Typography color="text.secondary">{empty}</Typography>
        ) : (
          <List dense disablePadding>
            {rows.map((row) => (
              <ListItem key={row.key} disablePadding>
                <ListItemButton component={Link} to={`${basename}${row.to}`} sx={{ px: 1, gap: 1 }}>
                  <ListItemText primary={row.primary} secondary={row.secondary} />
                  {row.mark ? (
                    <Chip
                      size="small"
                      label={row.mark}
                      color={row.urgent ? 'error' : 'default'}
                      variant={row.urgent ? 'filled' : 'outlined'}
                    />
                  ) : null}
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
        {more ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to={`${basename}${more.to}`}>{more.label}</Link>
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** The role's counts, side by side in as many columns as fit (one on a phone), next to its list. */
export const WorkCounts = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      flex: '1 1 360px',
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
      gap: 2,
      alignContent: 'start',
    }}
  >
    {children}
  </Box>
);
