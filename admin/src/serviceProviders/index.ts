import ProviderIcon from '@mui/icons-material/Business';
import { lazyPage } from '../common/lazyPage';

const ProviderCreate = lazyPage(() => import('./ProviderCreate'), 'ProviderCreate');
const ProviderEdit = lazyPage(() => import('./ProviderEdit'), 'ProviderEdit');
const ProviderList = lazyPage(() => import('./ProviderList'), 'ProviderList');
const ProviderShow = lazyPage(() => import('./ProviderShow'), 'ProviderShow');

export default {
  list: ProviderList,
  show: ProviderShow,
  edit: ProviderEdit,
  create: ProviderCreate,
  icon: ProviderIcon,
  recordRepresentation: 'name',
};
