import MeasureIcon from '@mui/icons-material/Gavel';
import { lazyPage } from '../common/lazyPage';

const MeasureCreate = lazyPage(() => import('./MeasureCreate'), 'MeasureCreate');
const MeasureEdit = lazyPage(() => import('./MeasureEdit'), 'MeasureEdit');
const MeasureList = lazyPage(() => import('./MeasureList'), 'MeasureList');
const MeasureShow = lazyPage(() => import('./MeasureShow'), 'MeasureShow');

export default {
  list: MeasureList,
  show: MeasureShow,
  edit: MeasureEdit,
  create: MeasureCreate,
  icon: MeasureIcon,
  recordRepresentation: 'name',
};
