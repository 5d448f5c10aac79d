import CalculateIcon from '@mui/icons-material/Calculate';
import { lazyPage } from '../../common/lazyPage';

const QuotePage = lazyPage(() => import('./QuotePage'), 'QuotePage');

/** The calculator as a resource with only a page, so that it appears in the menu for the roles that may use it. */
export default { list: QuotePage, icon: CalculateIcon };
