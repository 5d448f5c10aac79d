import { FormControl, FormControlLabel, InputLabel, MenuItem, Select, Stack, Switch } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { languageOf, pick } from '../../forms/model/localized';
import type { WorkflowSummary } from '../api/types';

export interface InstanceFilterValues {
  workflow: string;
  state: string;
  /** '' all, 'false' running, 'true' ended. */
  closed: string;
  overdue: boolean;
}

interface InstanceFiltersProps {
  value: InstanceFilterValues;
  onChange: (value: InstanceFilterValues) => void;
  workflows: WorkflowSummary[];
}

/** Workflow, state (of the chosen workflow), running/ended, overdue only. */
export const InstanceFilters = ({ value, onChange, workflows }: InstanceFiltersProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const chosen = workflows.find((workflow) => workflow.key === value.workflow);
  const states = new Map<string, string>();
  for (const version of chosen?.versions ?? [])
    for (const state of version.definition.states) if (!states.has(state.key)) states.set(state.key, pick(state.label, language));

  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <FormControl size="small" sx={{ minWidth: 220 }}>
        <InputLabel id="filter-workflow">{translate('workflows.instances.workflow')}</InputLabel>
        <Select
          labelId="filter-workflow"
          label={translate('workflows.instances.workflow')}
          value={value.workflow}
          onChange={(event) => onChange({ ...value, workflow: event.target.value, state: '' })}
        >
          <MenuItem value="">{translate('workflows.instances.all')}</MenuItem>
          {workflows.map((workflow) => (
            <MenuItem key={workflow.key} value={workflow.key}>
              {pick(workflow.name, language)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 200 }} disabled={!chosen}>
        <InputLabel id="filter-state">{translate('workflows.instances.state')}</InputLabel>
        <Select
          labelId="filter-state"
          label={translate('workflows.instances.state')}
          value={value.state}
          onChange={(event) => onChange({ ...value, state: event.target.value })}
        >
          <MenuItem value="">{translate('workflows.instances.all')}</MenuItem>
          {[...states].map(([key, label]) => (
            <MenuItem key={key} value={key}>
              {label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 160 }}>
        <InputLabel id="filter-closed">{translate('workflows.instances.progress')}</InputLabel>
        <Select
          labelId="filter-closed"
          label={translate('workflows.instances.progress')}
          value={value.closed}
          onChange={(event) => onChange({ ...value, closed: event.target.value })}
        >
          <MenuItem value="">{translate('workflows.instances.all')}</MenuItem>
          <MenuItem value="false">{translate('workflows.instances.running')}</MenuItem>
          <MenuItem value="true">{translate('workflows.instances.ended')}</MenuItem>
        </Select>
      </FormControl>
      <FormControlLabel
        control={<Switch checked={value.overdue} onChange={(event) => onChange({ ...value, overdue: event.target.checked })} />}
        label={translate('workflows.instances.overdueOnly')}
      />
    </Stack>
  );
};
