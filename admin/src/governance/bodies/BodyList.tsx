import { Datagrid, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import type { BodyRecord } from '../api/types';
import { BODY_TYPE_CHOICES } from '../common/choices';
import { CompositionBadge } from '../common/CompositionBadge';

const filters = [<SelectInput key="type" source="type" choices={BODY_TYPE_CHOICES} alwaysOn />];

/** The bodies the user may see, each with its composition badge. */
export const BodyList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} perPage={50} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <FunctionField<BodyRecord>
          source="type"
          sortable={false}
          render={(record) => translate(`governance.bodyTypes.${record.type}`)}
        />
        <FunctionField<BodyRecord> source="area" sortable={false} render={(record) => record.area?.name ?? '—'} />
        <CompositionBadge label="resources.governance-bodies.fields.compositionIssues" />
      </Datagrid>
    </List>
  );
};
