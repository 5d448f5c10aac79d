import { Chip } from '@mui/material';
import { DataTable, List, SelectField, SelectInput, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Objective } from '../api/types';
import { ListActions } from '../common/ListActions';
import { EvaluationTableButton } from '../evaluation/EvaluationTableButton';
import { useAreas } from '../common/useChoices';
import { objectiveTypeChoices, periodChoices } from './choices';

/** Areas by code, as the observatory filters them. */
const AreaFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { data } = useAreas();
  return <SelectInput {...props} choices={(data ?? []).map((a) => ({ id: String(a.code), name: String(a.name) }))} sx={{ minWidth: 260 }} />;
};

const filters = [
  <SelectInput key="period" source="period" choices={periodChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={objectiveTypeChoices} alwaysOn />,
  <AreaFilter key="area" source="area" alwaysOn />,
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
    sort={{ field: 'period', order: 'ASC' }}
    perPage={25}
    exporter={false}
    actions={
      <ListActions what="indicators" resource="observatory-objectives">
        <EvaluationTableButton />
      </ListActions>
    }
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
