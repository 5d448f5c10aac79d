import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { lazyPage } from '../../common/lazyPage';

const ActionItemList = lazyPage(() => import('./ActionItemList'), 'ActionItemList');

export default { list: ActionItemList, icon: TaskAltIcon };
