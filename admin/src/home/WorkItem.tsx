import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useBasename } from 'react-admin';

/** One thing of the role's work: how many, what (and a detail line), and the page where it is done. */
export const WorkItem = ({
  count,
  label,
  detail,
  to,
  urgent = false,
}: {
  count: number | string;
  label: string;
  detail?: string;
  to: string;
  urgent?: boolean;
}) => {
  const basename = useBasename();
  return (
    <Card variant="outlined" sx={{ borderColor: urgent ? 'error.main' : undefined }}>
      <CardActionArea component={Link} to={`${basename}${to}`} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="h4" component="p" color={urgent ? 'error' : 'primary'}>
            {count}
          </Typography>
          <Typography>{label}</Typography>
          {detail ? (
            <Typography variant="body2" color="text.secondary">
              {detail}
            </Typography>
          ) : null}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** A list page opened on a filter (`/referrals?filter={"status":"pending"}`). */
export const listWith = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
