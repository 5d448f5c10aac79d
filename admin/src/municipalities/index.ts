import MunicipalityIcon from '@mui/icons-material/LocationCity';
import { lazyPage } from '../common/lazyPage';

const MunicipalityCreate = lazyPage(() => import('./MunicipalityCreate'), 'MunicipalityCreate');
const MunicipalityEdit = lazyPage(() => import('./MunicipalityEdit'), 'MunicipalityEdit');
const MunicipalityList = lazyPage(() => import('./MunicipalityList'), 'MunicipalityList');
const MunicipalityShow = lazyPage(() => import('./MunicipalityShow'), 'MunicipalityShow');

export default {
  list: MunicipalityList,
  show: MunicipalityShow,
  edit: MunicipalityEdit,
  create: MunicipalityCreate,
  icon: MunicipalityIcon,
  recordRepresentation: 'name',
};
