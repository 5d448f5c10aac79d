import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { lazyPage } from '../../common/lazyPage';

const CalendarPage = lazyPage(() => import('./CalendarPage'), 'CalendarPage');

export default { list: CalendarPage, icon: CalendarMonthIcon };
