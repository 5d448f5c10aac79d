import FormIcon from '@mui/icons-material/Assignment';
import { fillRoutes } from './routes';
import { lazyPage } from '../common/lazyPage';

const FillableFormList = lazyPage(() => import('./FillableFormList'), 'FillableFormList');

/** The "forms" resource: the forms the user may fill, and the page to fill each. */
export default {
  list: FillableFormList,
  icon: FormIcon,
  children: fillRoutes,
};
