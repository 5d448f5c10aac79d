import DashboardIcon from '@mui/icons-material/Insights';
import DemographicsIcon from '@mui/icons-material/Groups';
import IndicatorIcon from '@mui/icons-material/ShowChart';
import ObjectiveIcon from '@mui/icons-material/Flag';
import { Resource } from 'react-admin';
import { withObservatoryData } from './api/ObservatoryData';
import { lazyPage } from '../common/lazyPage';

const DashboardPage = lazyPage(() => import('./dashboard/DashboardPage'), 'DashboardPage');
const DemographicCreate = lazyPage(() => import('./demographics/DemographicEdit'), 'DemographicCreate');
const DemographicEdit = lazyPage(() => import('./demographics/DemographicEdit'), 'DemographicEdit');
const DemographicsList = lazyPage(() => import('./demographics/DemographicsList'), 'DemographicsList');
const IndicatorCreate = lazyPage(() => import('./indicators/IndicatorCreate'), 'IndicatorCreate');
const IndicatorEdit = lazyPage(() => import('./indicators/IndicatorEdit'), 'IndicatorEdit');
const IndicatorList = lazyPage(() => import('./indicators/IndicatorList'), 'IndicatorList');
const ObjectiveCreate = lazyPage(() => import('./objectives/ObjectiveEdit'), 'ObjectiveCreate');
const ObjectiveEdit = lazyPage(() => import('./objectives/ObjectiveEdit'), 'ObjectiveEdit');
const ObjectiveList = lazyPage(() => import('./objectives/ObjectiveList'), 'ObjectiveList');
const ObjectiveShow = lazyPage(() => import('./objectives/ObjectiveShow'), 'ObjectiveShow');

const recordName = (record: { name?: unknown }) => String(record.name ?? '');

/** Observatory: dashboards, objectives, indicators, demographics (issue #8); rendered inside <Admin> in App.tsx. */
export const observatoryResources = (
  <>
    <Resource name="observatory-dashboard" list={withObservatoryData(DashboardPage)} icon={DashboardIcon} />
    <Resource
      name="observatory-objectives"
      list={ObjectiveList}
      show={ObjectiveShow}
      create={ObjectiveCreate}
      edit={ObjectiveEdit}
      icon={ObjectiveIcon}
      recordRepresentation={recordName}
    />
    <Resource
      name="observatory-indicators"
      list={IndicatorList}
      create={IndicatorCreate}
      edit={IndicatorEdit}
      icon={IndicatorIcon}
      recordRepresentation={recordName}
    />
    <Resource
      name="observatory-demographics"
      list={DemographicsList}
      create={DemographicCreate}
      edit={DemographicEdit}
      icon={DemographicsIcon}
    />
  </>
);
