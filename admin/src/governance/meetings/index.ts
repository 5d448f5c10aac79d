import EventIcon from '@mui/icons-material/Event';
import { lazyPage } from '../../common/lazyPage';

const MeetingCreate = lazyPage(() => import('./MeetingCreate'), 'MeetingCreate');
const MeetingEdit = lazyPage(() => import('./MeetingEdit'), 'MeetingEdit');
const MeetingList = lazyPage(() => import('./MeetingList'), 'MeetingList');
const MeetingShow = lazyPage(() => import('./MeetingShow'), 'MeetingShow');

export default {
  list: MeetingList,
  show: MeetingShow,
  create: MeetingCreate,
  edit: MeetingEdit,
  icon: EventIcon,
  recordRepresentation: 'title',
};
