import { Box, Typography } from '@mui/material';
import type { StaticTextField } from '@forms-shared';
import { pick } from '../../model/localized';
import { useRenderer } from '../RendererContext';

/** A text shown to the person filling the form (e.g. the privacy notice): a heading and paragraphs, no answer. */
export const StaticText = ({ field }: { field: StaticTextField }) => {
  const { language } = useRenderer();
  const paragraphs = pick(field.text, language).split(/\n{2,}/);
  return (
    <Box component="section" aria-label={pick(field.label, language)} sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {pick(field.label, language)}
      </Typography>
      {paragraphs.map((paragraph, index) => (
        <Typography key={index} variant="body2" sx={{ whiteSpace: 'pre-line', mb: index < paragraphs.length - 1 ? 1 : 0 }}>
          {paragraph}
        </Typography>
      ))}
    </Box>
  );
};
