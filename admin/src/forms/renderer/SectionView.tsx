import { Box, Paper, Stack, Typography } from '@mui/material';
import { sectionPath, type Section } from '@forms-shared';
import { pick } from '../model/localized';
import { FieldList } from './FieldView';
import { useRenderer } from './RendererContext';

/** A titled part of the form, shown only while its condition holds. */
export const SectionView = ({ section }: { section: Section }) => {
  const { evaluation, language } = useRenderer();
  if (evaluation.visibility[sectionPath(section.key)] === false) return null;
  const headingId = `section-${section.key}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, mb: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {pick(section.title, language)}
      </Typography>
      {section.description ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {pick(section.description, language)}
        </Typography>
      ) : null}
      <Box sx={{ mt: 1 }}>
        <Stack spacing={1}>
          <FieldList fields={section.fields} prefix="" />
        </Stack>
      </Box>
    </Paper>
  );
};
