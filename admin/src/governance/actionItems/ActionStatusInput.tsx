import { MenuItem, Select } from '@mui/material';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { RaRecord } from 'react-admin';

const STATUSES = ['open', 'in-progress', 'done', 'cancelled'];

export interface ActionItemRecord extends RaRecord {
  minutes: { documentId: string; title: string; state: string } | null;
  bodyOf: { documentId: string; name: string } | null;
  itemKey: string | null;
  kind: 'decision' | 'action';
  text: string;
  owner: { documentId: string; name: string; organisation: string | null } | null;
  dueDate: string | null;
  status: string | null;
}

/** The status of an action, changed in place by the UdP or its owner (the server decides who may). */
export const ActionStatusInput = ({ editable }: { editable: boolean }) => {
  const record = useRecordContext<ActionItemRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  if (record.kind === 'decision') return <>—</>;
  const status = record.status ?? 'open';
  if (!editable) return <>{translate(`governance.actionStatus.${status}`)}</>;
  return (
    <Select
      size="small"
      value={status}
      disabled={isPending}
      inputProps={{ 'aria-label': translate('resources.governance-action-items.fields.status') }}
      onClick={(event) => event.stopPropagation()}
      onChange={(event) =>
        update(
          'governance-action-items',
          { id: record.id, data: { status: event.target.value }, previousData: record },
          { mutationMode: 'pessimistic', onError: (error) => notify((error as Error).message, { type: 'error' }) }
        )
      }
    >
      {STATUSES.map((s) => (
        <MenuItem key={s} value={s}>
          {translate(`governance.actionStatus.${s}`)}
        </MenuItem>
      ))}
    </Select>
  );
};
