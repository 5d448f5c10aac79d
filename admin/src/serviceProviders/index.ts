import ProviderIcon from '@mui/icons-material/Business';
import { ProviderCreate } from './ProviderCreate';
import { ProviderEdit } from './ProviderEdit';
import { ProviderList } from './ProviderList';
import { ProviderShow } from './ProviderShow';

export default {
  list: ProviderList,
  show: ProviderShow,
  edit: ProviderEdit,
  create: ProviderCreate,
  icon: ProviderIcon,
  recordRepresentation: 'name',
};
