import ServiceIcon from '@mui/icons-material/VolunteerActivism';
import { lazyPage } from '../common/lazyPage';

const ServiceCreate = lazyPage(() => import('./ServiceCreate'), 'ServiceCreate');
const ServiceEdit = lazyPage(() => import('./ServiceEdit'), 'ServiceEdit');
const ServiceList = lazyPage(() => import('./ServiceList'), 'ServiceList');
const ServiceShow = lazyPage(() => import('./ServiceShow'), 'ServiceShow');

export default {
  list: ServiceList,
  show: ServiceShow,
  edit: ServiceEdit,
  create: ServiceCreate,
  icon: ServiceIcon,
  recordRepresentation: 'name',
};
