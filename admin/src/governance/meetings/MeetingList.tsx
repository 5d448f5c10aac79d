import { Datagrid, FunctionField, List, ReferenceInput, SelectInput, TextField, useLocale, useTranslate } from 'react-admin';
import type { MeetingRecord } from '../api/types';
import { formatDateTime } from '../common/format';
import { MeetingStatusChip } from './MeetingStatusChip';

const filters = [
  <ReferenceInput key="body" source="body" reference="governance-bodies" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** Meetings the user may see: the UdP all of them, members those of their bodies once convened. */
export const MeetingList = () => {
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <List filters={filters} perPage={50} exporter={false} sort={{ field: 'startsAt', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<MeetingRecord> source="startsAt" sortable={false} render={(m) => formatDateTime(m.startsAt, locale)} />
        <FunctionField<MeetingRecord> source="body" sortable={false} render={(m) => m.body.name} />
        <TextField source="title" sortable={false} />
        <FunctionField<MeetingRecord> source="status" sortable={false} render={(m) => <MeetingStatusChip status={m.status} />} />
        <FunctionField<MeetingRecord>
          source="minutes"
          sortable={false}
          render={(m) => (m.minutes ? translate(`governance.minutesState.${m.minutes.state}`) : '—')}
        />
      </Datagrid>
    </List>
  );
};
