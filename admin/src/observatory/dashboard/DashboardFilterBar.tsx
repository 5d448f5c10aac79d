import { MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { DashboardFilters } from '../api/types';
import { useAreas, useMunicipalities } from '../common/useChoices';

const ALL = '';
const CURRENT_YEAR = new Date().getFullYear();

/** Area and comune of the dashboard; empty means the whole district. */
export const DashboardFilterBar = ({
  filters,
  onChange,
}: {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
}) => {
  const translate = useTranslate();
  const areas = useAreas();
  const municipalities = useMunicipalities();

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        select
        size="small"
        label={translate('observatory.filters.area')}
        value={areas.data ? (filters.area ?? ALL) : ALL}
        onChange={(event) => onChange({ ...filters, area: event.target.value || undefined })}
        sx={{ width: 320 }}
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
        value={municipalities.data ? (filters.municipality ?? ALL) : ALL}
        onChange={(event) => onChange({ ...filters, municipality: event.target.value || undefined })}
        sx={{ width: 260 }}
      >
        <MenuItem value={ALL}>{translate('observatory.filters.allMunicipalities')}</MenuItem>
        {(municipalities.data ?? []).map((municipality) => (
          <MenuItem key={municipality.id} value={String(municipality.id)}>
            {String(municipality.name)}
          </MenuItem>
        ))}
      </TextField>
      <YearField
        label={translate('observatory.filters.from')}
        value={filters.from}
        onChange={(from) => onChange({ ...filters, from })}
      />
      <YearField label={translate('observatory.filters.to')} value={filters.to} onChange={(to) => onChange({ ...filters, to })} />
    </Stack>
  );
};

/** A year of the period (empty: the current year, as the server counts by default). */
const YearField = ({
  label,
  value,
  onChange,
}: {
  label: string;
  value?: string;
  onChange: (year: string | undefined) => void;
}) => {
  const [text, setText] = useState(value ?? String(CURRENT_YEAR));
  useEffect(() => setText(value ?? String(CURRENT_YEAR)), [value]);
  return (
    <TextField
      size="small"
      type="number"
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        // Only a whole year reaches the server; a half-typed one waits.
        if (/^\d{4}$/.test(event.target.value))
          onChange(event.target.value === String(CURRENT_YEAR) ? undefined : event.target.value);
      }}
      slotProps={{ htmlInput: { min: 2000, max: 2100, step: 1 } }}
      sx={{ width: 110 }}
    />
  );
};
