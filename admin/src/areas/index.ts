import AreaIcon from '@mui/icons-material/Category';
import { lazyPage } from '../common/lazyPage';

const AreaCreate = lazyPage(() => import('./AreaCreate'), 'AreaCreate');
const AreaEdit = lazyPage(() => import('./AreaEdit'), 'AreaEdit');
const AreaList = lazyPage(() => import('./AreaList'), 'AreaList');
const AreaShow = lazyPage(() => import('./AreaShow'), 'AreaShow');

export default {
  list: AreaList,
  show: AreaShow,
  edit: AreaEdit,
  create: AreaCreate,
  icon: AreaIcon,
  recordRepresentation: 'name',
};
