import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { useBasename, useGetOne } from 'react-admin';
import { recordName, resourceOf } from '../model/subjects';

/** The record an instance is about, named and linked to its page when the console has one. */
export const SubjectLink = ({ type, documentId }: { type: string; documentId: string }) => {
  const basename = useBasename();
  const resource = resourceOf(type);
  const { data } = useGetOne(resource ?? 'services', { id: documentId }, { enabled: !!resource, retry: false });
  const name = recordName(data as Record<string, unknown> | undefined, documentId);
  if (!resource) return <code>{documentId}</code>;
  return (
    <MuiLink component={Link} to={`${basename}/${resource}/${encodeURIComponent(documentId)}/show`}>
      {name}
    </MuiLink>
  );
};
