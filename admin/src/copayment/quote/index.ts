import CalculateIcon from '@mui/icons-material/Calculate';
import { QuotePage } from './QuotePage';

/** The calculator as a resource with only a page, so that it appears in the menu for the roles that may use it. */
export default { list: QuotePage, icon: CalculateIcon };
