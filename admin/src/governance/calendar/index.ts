import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { CalendarPage } from './CalendarPage';

export default { list: CalendarPage, icon: CalendarMonthIcon };
