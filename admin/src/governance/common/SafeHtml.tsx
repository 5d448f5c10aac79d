import DOMPurify from 'dompurify';
import { Box } from '@mui/material';

/**
 * Rich text of agendas and minutes. The server already sanitises it when it is written; DOMPurify here
 * is the second lock, so that a record written some other way still cannot run a script in the console.
 */
export const SafeHtml = ({ html }: { html: string | null | undefined }) =>
  html ? (
    <Box
      sx={{ '& p': { my: 0.5 } }}
      className="governance-rich-text"
      dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }) }}
    />
  ) : null;
