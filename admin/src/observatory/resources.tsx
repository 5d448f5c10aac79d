import DashboardIcon from '@mui/icons-material/Insights';
import DemographicsIcon from '@mui/icons-material/Groups';
import IndicatorIcon from '@mui/icons-material/ShowChart';
import ObjectiveIcon from '@mui/icons-material/Flag';
import { Resource } from 'react-admin';
import { withObservatoryData } from './api/ObservatoryData';
import { DashboardPage } from './dashboard/DashboardPage';
import { DemographicCreate, DemographicEdit } from './demographics/DemographicEdit';
import { DemographicsList } from './demographics/DemographicsList';
import { IndicatorCreate } from './indicators/IndicatorCreate';
import { IndicatorEdit } from './indicators/IndicatorEdit';
import { IndicatorList } from './indicators/IndicatorList';
import { ObjectiveCreate, ObjectiveEdit } from './objectives/ObjectiveEdit';
import { ObjectiveList } from './objectives/ObjectiveList';
import { ObjectiveShow } from './objectives/ObjectiveShow';

const recordName = (record: { name?: unknown }) => String(record.name ?? '');

/** Observatory: dashboards, objectives, indicators, demographics (issue #8); rendered inside <Admin> in App.tsx. */
export const observatoryResources = (
  <>
    <Resource name="observatory-dashboard" list={withObservatoryData(DashboardPage)} icon={DashboardIcon} />
    <Resource name="observatory-objectives" list={ObjectiveList} show={ObjectiveShow} create={ObjectiveCreate} edit={ObjectiveEdit} icon={ObjectiveIcon} recordRepresentation={recordName} />
    <Resource name="observatory-indicators" list={IndicatorList} create={IndicatorCreate} edit={IndicatorEdit} icon={IndicatorIcon} recordRepresentation={recordName} />
    <Resource name="observatory-demographics" list={DemographicsList} create={DemographicCreate} edit={DemographicEdit} icon={DemographicsIcon} />
  </>
);
