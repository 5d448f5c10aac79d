import RegulationIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../common/lazyPage';

const RegulationCreate = lazyPage(() => import('./RegulationCreate'), 'RegulationCreate');
const RegulationEdit = lazyPage(() => import('./RegulationEdit'), 'RegulationEdit');
const RegulationList = lazyPage(() => import('./RegulationList'), 'RegulationList');
const RegulationShow = lazyPage(() => import('./RegulationShow'), 'RegulationShow');

export default {
  list: RegulationList,
  show: RegulationShow,
  edit: RegulationEdit,
  create: RegulationCreate,
  icon: RegulationIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
