import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface SectionProps {
  /** Message key of the heading. */
  title: string;
  /** Indents the heading like the fields below it (show pages, whose layouts have their own padding). */
  inset?: boolean;
  children: ReactNode;
}

/** A titled part of a form or a show page. */
export const Section = ({ title, inset = false, children }: SectionProps) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ width: '100%', mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom sx={{ px: inset ? 2 : 0 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};
