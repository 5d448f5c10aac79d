import EventIcon from '@mui/icons-material/Event';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export default {
  list: MeetingList,
  show: MeetingShow,
  create: MeetingCreate,
  edit: MeetingEdit,
  icon: EventIcon,
  recordRepresentation: 'title',
};
