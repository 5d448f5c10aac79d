import type { MouseEvent } from 'react';
import { Box, Tooltip, Typography } from '@mui/material';
import { DataTable, EditButton, List, NumberInput, SelectInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { withObservatoryData } from '../api/ObservatoryData';
import { AGE_BANDS, INDEX_KEYS, type DemographicIndex, type DemographicRow } from '../api/types';
import { ListActions } from '../common/ListActions';
import { useObservatoryFormat } from '../common/format';
import { useMunicipalities } from '../common/useChoices';
import { PopulationPyramid } from './PopulationPyramid';

const MunicipalityFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { data } = useMunicipalities();
  return (
    <SelectInput {...props} choices={(data ?? []).map((m) => ({ id: m.id, name: String(m.name) }))} sx={{ minWidth: 240 }} />
  );
};

const filters = [
  <MunicipalityFilter key="municipality" source="municipality" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 120 }} />,
];

/** Computed index, and under it the published value with the difference when they differ. */
const IndexCell = ({ index }: { index: DemographicIndex }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const differs = index.difference !== null && Math.abs(index.difference) >= 0.05;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2" component="div">
        {f.oneDecimal(index.computed)}
      </Typography>
      {index.published !== null && (
        <Tooltip title={translate('observatory.demographics.publishedHint')}>
          <Typography
            variant="caption"
            component="div"
            color={differs ? 'warning.main' : 'text.secondary'}
            data-testid="published"
          >
            {translate('observatory.demographics.published', { value: f.oneDecimal(index.published) })}
            {differs ? ` (${f.signed(index.difference)})` : ''}
          </Typography>
        </Tooltip>
      )}
    </Box>
  );
};

const Pyramid = () => (
  <Box sx={{ maxWidth: 720 }}>
    <PyramidFromRecord />
  </Box>
);

const PyramidFromRecord = () => {
  const record = useRecordContext<DemographicRow>();
  return record ? <PopulationPyramid row={record} height={300} /> : null;
};

/** Residents per comune and year by the Tabella 1 age bands, with the indices computed from them beside the published ones. */
const DemographicsListView = () => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const { canAccess: canEdit } = useCanAccess({ resource: 'observatory-demographics', action: 'edit' });
  return (
    <List
      resource="observatory-demographics"
      filters={filters}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<ListActions what="demographics" resource="observatory-demographics" />}
      // The layout grows to fit its content: bound the table to the window (less the menu) and let it scroll.
      sx={{ '& .RaList-content': { overflowX: 'auto', maxWidth: { xs: 'calc(100vw - 32px)', md: 'calc(100vw - 290px)' } } }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('observatory.demographics.intro')}
      </Typography>
      <DataTable expand={<Pyramid />} bulkActionButtons={false} rowClick="expand">
        {/* First, so that it is in sight however wide the table (the UdP corrects a row here). */}
        {canEdit && (
          <DataTable.Col
            label={false}
            render={() => (
              <EditButton resource="observatory-demographics" onClick={(event: MouseEvent) => event.stopPropagation()} />
            )}
          />
        )}
        <DataTable.Col source="municipality" disableSort render={(r: DemographicRow) => r.municipality?.name ?? '—'} />
        <DataTable.Col source="year" />
        {AGE_BANDS.map((band) => (
          <DataTable.Col
            key={band}
            label={translate(`observatory.bands.${band}`)}
            disableSort
            align="right"
            render={(r: DemographicRow) => f.integer(r.bands[band])}
          />
        ))}
        <DataTable.Col source="total" align="right" render={(r: DemographicRow) => <strong>{f.integer(r.total)}</strong>} />
        {INDEX_KEYS.map((key) => (
          <DataTable.Col
            key={key}
            label={translate(`observatory.indices.${key}`)}
            disableSort
            render={(r: DemographicRow) => <IndexCell index={r.indices[key]} />}
          />
        ))}
      </DataTable>
    </List>
  );
};

export const DemographicsList = withObservatoryData(DemographicsListView);
