import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { QueryState } from '../forms/common/QueryState';
import { useWorkflowInstances } from './api/queries';
import { InstanceCard } from './panel/InstanceCard';
import { StartWorkflow } from './panel/StartWorkflow';

export interface WorkflowPanelProps {
  /** The record's content type, e.g. `api::service.service` or `api::case.case`. */
  subjectType: string;
  /** The record's documentId. */
  documentId: string;
  /** Offer to start the workflows of this type that the user may start (default true). */
  allowStart?: boolean;
  /**
   * For a record that follows one workflow (a case): the only one to offer, and only while none runs; null
   * offers none. Without it, every startable workflow not running on the record is offered.
   */
  single?: string | null;
}

/**
 * The workflows of one record, for any record page: for each instance its current state (with colour),
 * assignee, deadline and overdue flag, the transitions this user may take (disabled ones with their
 * reasons), a comment box and the history; running instances first. Taking a transition sends the state
 * the user saw, and a 403, 409 or 422 is explained in place.
 */
export const WorkflowPanel = ({ subjectType, documentId, allowStart = true, single }: WorkflowPanelProps) => {
  const translate = useTranslate();
  const { data, isPending, error } = useWorkflowInstances({ subjectType, subject: documentId, pageSize: 50 });
  const instances = [...(data?.data ?? [])].sort((a, b) => Number(a.closed) - Number(b.closed));
  const running = instances.filter((instance) => !instance.closed).map((instance) => instance.workflow.key);
  const offer = single === undefined ? allowStart : allowStart && !!single && running.length === 0;

  return (
    <Box component="section" aria-label={translate('workflows.panel.title')}>
      <QueryState isPending={isPending} error={error} />
      {offer && data ? (
        <StartWorkflow subjectType={subjectType} documentId={documentId} running={running} only={single ? [single] : undefined} />
      ) : null}
      {data && instances.length === 0 ? (
        <Typography color="text.secondary">{translate('workflows.panel.none')}</Typography>
      ) : null}
      {instances.map((instance) => (
        <InstanceCard key={instance.documentId} id={instance.documentId} />
      ))}
    </Box>
  );
};

export default WorkflowPanel;
