import { Datagrid, FunctionField, List, SelectInput, TextField, useLocale, useTranslate } from 'react-admin';
import { ACTION_STATUS_CHOICES } from '../common/choices';
import { formatDate } from '../common/format';
import { useIsSecretariat } from '../common/useRole';
import { ActionStatusInput, type ActionItemRecord } from './ActionStatusInput';

const filters = [<SelectInput key="status" source="status" choices={ACTION_STATUS_CHOICES} alwaysOn />];

/** The board of decisions and action items across the bodies the user may read, with owner, due date and status. */
export const ActionItemList = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const secretariat = useIsSecretariat();
  return (
    <List filters={filters} perPage={100} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField<ActionItemRecord>
          source="kind"
          sortable={false}
          render={(a) => translate(`governance.actionKind.${a.kind}`)}
        />
        <TextField source="text" sortable={false} />
        <FunctionField<ActionItemRecord>
          label="resources.governance-minutes.fields.bodyOf"
          render={(a) => a.bodyOf?.name ?? '—'}
        />
        <FunctionField<ActionItemRecord> source="owner" sortable={false} render={(a) => a.owner?.name ?? '—'} />
        <FunctionField<ActionItemRecord> source="dueDate" sortable={false} render={(a) => formatDate(a.dueDate, locale)} />
        <FunctionField<ActionItemRecord>
          source="status"
          sortable={false}
          render={() => <ActionStatusInput editable={secretariat} />}
        />
      </Datagrid>
    </List>
  );
};
