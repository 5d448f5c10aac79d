import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DashboardFilters } from '../api/types';
import { useAreas, useMunicipalities } from '../common/useChoices';

const ALL = '';

/** Area and comune of the dashboard; empty means the whole district. */
export const DashboardFilterBar = ({ filters, onChange }: { filters: DashboardFilters; onChange: (next: DashboardFilters) => void }) => {
  const translate = useTranslate();
  const areas = useAreas();
  const municipalities = useMunicipalities();

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={translate('observatory.filters.area')}
        value={areas.data ? filters.area ?? ALL : ALL}
        onChange={(event) => onChange({ ...filters, area: event.target.value || undefined })}
        sx={{ minWidth: 300 }}
      >
        <MenuItem value={ALL}>{translate('observatory.filters.allAreas')}</MenuItem>
        {(areas.data ?? []).map((area) => (
          <MenuItem key={area.id} value={String(area.code)}>
            {String(area.name)}
            {area.legacy ? ` (${translate('observatory.filters.legacy')})` : ''}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('observatory.filters.municipality')}
        value={municipalities.data ? filters.municipality ?? ALL : ALL}
        onChange={(event) => onChange({ ...filters, municipality: event.target.value || undefined })}
        sx={{ minWidth: 260 }}
      >
        <MenuItem value={ALL}>{translate('observatory.filters.allMunicipalities')}</MenuItem>
        {(municipalities.data ?? []).map((municipality) => (
          <MenuItem key={municipality.id} value={String(municipality.id)}>
            {String(municipality.name)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
