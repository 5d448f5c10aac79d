import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { ActionItemList } from './ActionItemList';

export default { list: ActionItemList, icon: TaskAltIcon };
