import ServiceIcon from '@mui/icons-material/VolunteerActivism';
import { ServiceCreate } from './ServiceCreate';
import { ServiceEdit } from './ServiceEdit';
import { ServiceList } from './ServiceList';
import { ServiceShow } from './ServiceShow';

export default {
  list: ServiceList,
  show: ServiceShow,
  edit: ServiceEdit,
  create: ServiceCreate,
  icon: ServiceIcon,
  recordRepresentation: 'name',
};
