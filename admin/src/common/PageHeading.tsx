import { Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link } from 'react-router-dom';
import { useBasename, useTranslate } from 'react-admin';

/** A list page's heading, with its "new …" button on the right when the page has one. */
export const PageHeading = ({ title, create }: { title: string; create?: { path: string; label: string } }) => {
  const translate = useTranslate();
  const basename = useBasename();
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
      <Typography variant="h5" component="h1">
        {translate(title)}
      </Typography>
      {create ? (
        <Button component={Link} to={`${basename}/${create.path}`} variant="contained" startIcon={<AddIcon />}>
          {translate(create.label)}
        </Button>
      ) : null}
    </Stack>
  );
};
