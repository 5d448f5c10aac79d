import { Button } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/AssignmentInd';
import { useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useCasesAction } from '../common/useRole';

/**
 * "Take charge": the operator assigns an open, unassigned case (the "to assess" worklist) to themself,
 * so it moves to their "my cases".
 */
export const TakeChargeButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const mayEdit = useCasesAction('edit', 'cases');
  const [update, { isPending }] = useUpdate();
  if (!record || !mayEdit || !identity || record.status === 'closed' || record.assignedOperator) return null;

  const takeCharge = () =>
    update(
      'cases',
      { id: record.id, data: { assignedOperator: identity.id }, previousData: record, meta: { populate: ['assignedOperator'] } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('cases.show.takenCharge', { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      }
    );

  return (
    <Button onClick={takeCharge} disabled={isPending} startIcon={<PersonAddIcon />}>
      {translate('cases.show.takeCharge')}
    </Button>
  );
};
