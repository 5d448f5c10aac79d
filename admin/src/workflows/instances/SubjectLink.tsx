import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { useBasename, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import type { LocalizedText } from '../api/types';
import { recordName, resourceOf, subjectTypeName } from '../model/subjects';

interface SubjectLinkProps {
  type: string;
  documentId: string;
  /** The server's words for the record (service, comune, dates; no personal data), when it gave some. */
  label?: LocalizedText | null;
}

/**
 * The record an instance is about, named and linked to its page when the console has one. The server's
 * description comes first: the UdP may not open a case file, but reads which service, comune and dates it concerns.
 */
export const SubjectLink = ({ type, documentId, label }: SubjectLinkProps) => {
  const basename = useBasename();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resource = resourceOf(type);
  const { data } = useGetOne(resource ?? 'services', { id: documentId }, { enabled: !!resource, retry: false });
  const described = label ? (locale === 'en' ? label.en : label.it) || label.it : null;
  // Without a name, the kind of record ("Verbale"): a documentId means nothing to a person.
  const kind = translate(subjectTypeName(type) ?? 'workflows.subjects.other');
  const name = described ?? recordName(data as Record<string, unknown> | undefined, kind);
  if (!resource || (described && !data)) return <span>{described ?? kind}</span>;
  return (
    <MuiLink component={Link} to={`${basename}/${resource}/${encodeURIComponent(documentId)}/show`}>
      {name}
    </MuiLink>
  );
};
