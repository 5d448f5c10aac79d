import SubmissionIcon from '@mui/icons-material/FactCheck';
import { submissionRoutes } from './routes';
import { lazyPage } from '../common/lazyPage';

const SubmissionList = lazyPage(() => import('./SubmissionList'), 'SubmissionList');

/** The "form-submissions" resource: the user's submissions, each opened under its own version. */
export default {
  list: SubmissionList,
  icon: SubmissionIcon,
  children: submissionRoutes,
};
