import { Box, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { Title, useRequireAccess, useTranslate } from 'react-admin';
import { useWorkflowInstance } from '../api/queries';
import { InstanceCard } from '../panel/InstanceCard';
import { SubjectLink } from './SubjectLink';

/** One instance: the record it is about and the workflow panel of that instance. */
export const InstanceShow = () => {
  const { id = '' } = useParams();
  const documentId = decodeURIComponent(id);
  const translate = useTranslate();
  const { isPending: checking } = useRequireAccess({ action: 'show', resource: 'workflow-instances' });
  const { data } = useWorkflowInstance(documentId);
  if (checking) return null;
  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title="workflows.instances.one" />
      {data ? (
        <Typography sx={{ mb: 1 }}>
          {translate('workflows.instances.record')}:{' '}
          <SubjectLink type={data.subject.type} documentId={data.subject.documentId} label={data.subjectLabel} />
        </Typography>
      ) : null}
      <InstanceCard id={documentId} />
    </Box>
  );
};
