import GroupsIcon from '@mui/icons-material/Groups';
import { BodyCreate } from './BodyCreate';
import { BodyEdit } from './BodyEdit';
import { BodyList } from './BodyList';
import { BodyShow } from './BodyShow';

export default {
  list: BodyList,
  show: BodyShow,
  create: BodyCreate,
  edit: BodyEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
