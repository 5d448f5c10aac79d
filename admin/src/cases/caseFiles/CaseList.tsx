import { Box, Tab, Tabs } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useStore,
  useTranslate,
  AutocompleteInput,
} from 'react-admin';
import { WORKLIST_VIEWS, type WorklistView } from '../api/types';
import { caseStatusChoices } from '../common/choices';
import { useRole } from '../common/useRole';
import { CaseColumns } from './caseColumns';
import { WorklistTable } from './WorklistTable';
import { withPopulate } from '../common/populate';

type View = 'all' | WorklistView;

const byName = { field: 'name', order: 'ASC' } as const;

const caseFilters = [
  <TextInput key="code" source="code_containsi" label="resources.cases.fields.code" alwaysOn />,
  <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <ReferenceInput key="service" source="service" reference="services" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

const CaseListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton label={translate('cases.intake.action')} />
    </TopToolbar>
  );
};

/**
 * The case files: operators switch between their worklists (my cases, to assess, overdue) and every
 * case file of their comuni; provider staff see the case files referred to them and accepted.
 */
export const CaseList = () => {
  const translate = useTranslate();
  const role = useRole();
  const [stored, setView] = useStore<View>('cases.worklist', 'all');
  const worklists = role === 'operator';
  const view: View = worklists ? stored : 'all';

  return (
    <Box>
      {worklists ? (
        <Tabs
          value={view}
          onChange={(_, next: View) => setView(next)}
          aria-label={translate('resources.cases.name', { smart_count: 2 })}
          sx={{ mt: 1 }}
        >
          <Tab value="all" label={translate('cases.worklist.all')} />
          {WORKLIST_VIEWS.map((name) => (
            <Tab key={name} value={name} label={translate(`cases.worklist.${name}`)} />
          ))}
        </Tabs>
      ) : null}
      {view === 'all' ? (
        <List
          filters={caseFilters}
          sort={{ field: 'openedAt', order: 'DESC' }}
          perPage={25}
          queryOptions={withPopulate('cases')}
          exporter={false}
          actions={worklists ? <CaseListActions /> : false}
          disableSyncWithLocation={false}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <CaseColumns />
          </DataTable>
        </List>
      ) : (
        <Box sx={{ mt: 2 }}>
          <CaseListActions />
          <WorklistTable view={view} />
        </Box>
      )}
    </Box>
  );
};
