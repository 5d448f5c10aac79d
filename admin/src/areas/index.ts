import AreaIcon from '@mui/icons-material/Category';
import { AreaCreate } from './AreaCreate';
import { AreaEdit } from './AreaEdit';
import { AreaList } from './AreaList';
import { AreaShow } from './AreaShow';

export default {
  list: AreaList,
  show: AreaShow,
  edit: AreaEdit,
  create: AreaCreate,
  icon: AreaIcon,
  recordRepresentation: 'name',
};
