import AccreditationIcon from '@mui/icons-material/VerifiedUser';
import type { RaRecord } from 'react-admin';
import { AccreditationCreate } from './AccreditationCreate';
import { AccreditationEdit } from './AccreditationEdit';
import { AccreditationList } from './AccreditationList';
import { AccreditationShow } from './AccreditationShow';

export default {
  list: AccreditationList,
  show: AccreditationShow,
  edit: AccreditationEdit,
  create: AccreditationCreate,
  icon: AccreditationIcon,
  recordRepresentation: (record: RaRecord) => `${record.register ?? ''} (${record.validFrom ?? ''})`,
};
