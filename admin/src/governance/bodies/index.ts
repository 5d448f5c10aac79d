import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage } from '../../common/lazyPage';

const BodyCreate = lazyPage(() => import('./BodyCreate'), 'BodyCreate');
const BodyEdit = lazyPage(() => import('./BodyEdit'), 'BodyEdit');
const BodyList = lazyPage(() => import('./BodyList'), 'BodyList');
const BodyShow = lazyPage(() => import('./BodyShow'), 'BodyShow');

export default {
  list: BodyList,
  show: BodyShow,
  create: BodyCreate,
  edit: BodyEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
