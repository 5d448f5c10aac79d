import { Datagrid, FunctionField, List, SelectInput, TextField, useLocale } from 'react-admin';
import type { MinutesRecord } from '../api/types';
import { MINUTES_STATE_CHOICES } from '../common/choices';
import { formatDateTime } from '../common/format';
import { MinutesStateChip } from './MinutesStateChip';

const filters = [<SelectInput key="state" source="state" choices={MINUTES_STATE_CHOICES} alwaysOn />];

/** Minutes the user may read: drafts for the UdP, in review for attendees, published for members. */
export const MinutesList = () => {
  const locale = useLocale();
  return (
    <List filters={filters} perPage={50} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <FunctionField<MinutesRecord> source="bodyOf" sortable={false} render={(m) => m.bodyOf.name} />
        <FunctionField<MinutesRecord>
          source="meeting"
          sortable={false}
          render={(m) => formatDateTime(m.meeting.startsAt, locale)}
        />
        <FunctionField<MinutesRecord> source="state" sortable={false} render={(m) => <MinutesStateChip state={m.state} />} />
        <TextField source="version" sortable={false} />
      </Datagrid>
    </List>
  );
};
