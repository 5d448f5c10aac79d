import { Chip } from '@mui/material';
import { DataTable, List, SelectField, SelectInput, useGetList, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Objective } from '../api/types';
import { ListActions } from '../common/ListActions';
import { EvaluationTableButton } from '../evaluation/EvaluationTableButton';
import { useAreas } from '../common/useChoices';
import { objectiveTypeChoices, periodChoicesOf } from './choices';

/** Areas by code, as the observatory filters them. */
const AreaFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { data } = useAreas();
  return (
    <SelectInput
      {...props}
      choices={(data ?? []).map((a) => ({ id: String(a.code), name: String(a.name) }))}
      sx={{ minWidth: 260 }}
    />
  );
};

/** The periods of the objectives there are (a new programming period appears as soon as one objective has it). */
const PeriodFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { data } = useGetList<Objective>('observatory-objectives', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'period', order: 'DESC' },
  });
  return <SelectInput {...props} choices={periodChoicesOf((data ?? []).map((o) => o.period))} sx={{ minWidth: 160 }} />;
};

const filters = [
  <PeriodFilter key="period" source="period" alwaysOn />,
  <SelectInput key="type" source="type" choices={objectiveTypeChoices} alwaysOn />,
  <AreaFilter key="area" source="area" alwaysOn />,
];

const IndicatorCount = ({ record }: { record: Objective }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate('observatory.objectives.indicatorCount', { smart_count: record.indicators.length })}
    />
  );
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
