import AddIcon from '@mui/icons-material/Add';
import { Button as MuiButton, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import {
  Datagrid,
  FunctionField,
  ReferenceManyField,
  TextField as RaTextField,
  useCreate,
  useLocale,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { MinutesRecord } from '../api/types';
import { formatDate } from '../common/format';
import { Section } from '../common/Section';
import { useIsSecretariat } from '../common/useRole';
import { ActionStatusInput, type ActionItemRecord } from './ActionStatusInput';

const NewActionItem = ({ minutes }: { minutes: MinutesRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const [kind, setKind] = useState<'decision' | 'action'>('action');
  const [text, setText] = useState('');
  const [itemKey, setItemKey] = useState('');
  const [dueDate, setDueDate] = useState('');
  const save = () =>
    create(
      'governance-action-items',
      { data: { minutes: minutes.id, kind, text, itemKey: itemKey || undefined, dueDate: dueDate || undefined } },
      {
        onSuccess: () => {
          setText('');
          setDueDate('');
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      }
    );
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
      <TextField
        select
        size="small"
        fullWidth={false}
        sx={{ width: 160 }}
        label={translate('resources.governance-action-items.fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as 'decision' | 'action')}
      >
        <MenuItem value="decision">{translate('governance.actionKind.decision')}</MenuItem>
        <MenuItem value="action">{translate('governance.actionKind.action')}</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        fullWidth={false}
        sx={{ width: 220 }}
        label={translate('resources.governance-action-items.fields.itemKey')}
        value={itemKey}
        onChange={(e) => setItemKey(e.target.value)}
      >
        <MenuItem value="">—</MenuItem>
        {minutes.items.map((item) => (
          <MenuItem key={item.key} value={item.key}>
            {item.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        fullWidth={false}
        sx={{ flex: 1, minWidth: 280 }}
        label={translate('resources.governance-action-items.fields.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <TextField
        size="small"
        fullWidth={false}
        sx={{ width: 180 }}
        type="date"
        label={translate('resources.governance-action-items.fields.dueDate')}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <MuiButton startIcon={<AddIcon />} onClick={save} disabled={isPending || !text.trim()}>
        {translate('governance.minutes.addAction')}
      </MuiButton>
    </Stack>
  );
};

/** Decisions and action items recorded in these minutes; the UdP adds them while the text may still change. */
export const MinutesActionItems = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const secretariat = useIsSecretariat();
  if (!minutes) return null;
  return (
    <Section title={translate('governance.minutes.actionItems')}>
      <ReferenceManyField reference="governance-action-items" target="minutes" perPage={200}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
          <FunctionField<ActionItemRecord>
            source="kind"
            sortable={false}
            render={(a) => translate(`governance.actionKind.${a.kind}`)}
          />
          <RaTextField source="text" sortable={false} />
          <FunctionField<ActionItemRecord> source="owner" sortable={false} render={(a) => a.owner?.name ?? '—'} />
          <FunctionField<ActionItemRecord> source="dueDate" sortable={false} render={(a) => formatDate(a.dueDate, locale)} />
          <FunctionField<ActionItemRecord>
            source="status"
            sortable={false}
            render={() => <ActionStatusInput editable={secretariat} />}
          />
        </Datagrid>
      </ReferenceManyField>
      {secretariat && (minutes.state === 'draft' || minutes.state === 'in-review') ? <NewActionItem minutes={minutes} /> : null}
    </Section>
  );
};
