import FormIcon from '@mui/icons-material/Assignment';
import { FillableFormList } from './FillableFormList';
import { fillRoutes } from './routes';

/** The "forms" resource: the forms the user may fill, and the page to fill each. */
export default {
  list: FillableFormList,
  icon: FormIcon,
  children: fillRoutes,
};
