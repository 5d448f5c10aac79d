import AccreditationIcon from '@mui/icons-material/VerifiedUser';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const AccreditationCreate = lazyPage(() => import('./AccreditationCreate'), 'AccreditationCreate');
const AccreditationEdit = lazyPage(() => import('./AccreditationEdit'), 'AccreditationEdit');
const AccreditationList = lazyPage(() => import('./AccreditationList'), 'AccreditationList');
const AccreditationShow = lazyPage(() => import('./AccreditationShow'), 'AccreditationShow');

export default {
  list: AccreditationList,
  show: AccreditationShow,
  edit: AccreditationEdit,
  create: AccreditationCreate,
  icon: AccreditationIcon,
  recordRepresentation: (record: RaRecord) => `${record.register ?? ''} (${record.validFrom ?? ''})`,
};
