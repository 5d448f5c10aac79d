import { Chip } from '@mui/material';
import { DataTable, List, SearchInput, SelectField, SelectInput, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Objective } from '../api/types';
import { ListActions } from '../common/ListActions';
import { objectiveTypeChoices, periodChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="period" source="period" choices={periodChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={objectiveTypeChoices} />,
];

const IndicatorCount = ({ record }: { record: Objective }) => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" label={translate('observatory.objectives.indicatorCount', { smart_count: record.indicators.length })} />;
};

/** Planning objectives with their type, period and area. */
const ObjectiveListView = () => (
  <List
    resource="observatory-objectives"
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    exporter={false}
    actions={<ListActions what="objectives" resource="observatory-objectives" />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="type">
        <SelectField source="type" choices={objectiveTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="period" />
      <DataTable.Col source="area" disableSort render={(record: Objective) => record.area?.name ?? '—'} />
      <DataTable.Col source="indicators" disableSort render={(record: Objective) => <IndicatorCount record={record} />} />
    </DataTable>
  </List>
);

export const ObjectiveList = withObservatoryData(ObjectiveListView);
