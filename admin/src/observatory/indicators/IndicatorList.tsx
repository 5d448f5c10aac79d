import { Chip } from '@mui/material';
import { DataTable, List, SelectInput, useCanAccess, useTranslate, type RaRecord } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import type { Indicator } from '../api/types';
import { ListActions } from '../common/ListActions';
import { useObservatoryFormat } from '../common/format';
import { indicatorKindChoices } from '../objectives/choices';

const filters = [<SelectInput key="method" source="method" choices={indicatorKindChoices} alwaysOn />];

const Kind = ({ record }: { record: Indicator }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      label={translate(`observatory.enums.indicatorKind.${record.kind}`)}
      color={record.kind === 'computed' ? 'info' : 'default'}
    />
  );
};

/** The latest measured year, as "2017: 357". */
const Latest = ({ record }: { record: Indicator }) => {
  const f = useObservatoryFormat();
  const latest = [...record.values].reverse().find((v) => v.value !== null);
  return <>{latest ? `${latest.year}: ${f.decimal(latest.value)}${record.unit ? ` ${record.unit}` : ''}` : '—'}</>;
};

/** The UdP opens an indicator to edit it; the others its objective's page. */
function useRowClick() {
  const { canAccess } = useCanAccess({ resource: 'observatory-indicators', action: 'edit' });
  return (_id: unknown, _resource: string, record: RaRecord) =>
    canAccess ? 'edit' : record.objective ? `/observatory-objectives/${record.objective.documentId}/show` : false;
}

/** Every indicator with its objective, how it is measured and its latest value. */
const IndicatorListView = () => {
  const rowClick = useRowClick();
  return (
    <List
      resource="observatory-indicators"
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      exporter={false}
      actions={<ListActions what="indicators" resource="observatory-indicators" />}
    >
      <DataTable rowClick={rowClick as never} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="objective" disableSort render={(record: Indicator) => record.objective?.name ?? '—'} />
        <DataTable.Col source="method" disableSort render={(record: Indicator) => <Kind record={record} />} />
        <DataTable.Col source="values" disableSort render={(record: Indicator) => <Latest record={record} />} />
      </DataTable>
    </List>
  );
};

export const IndicatorList = withObservatoryData(IndicatorListView);
