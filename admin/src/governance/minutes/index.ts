import DescriptionIcon from '@mui/icons-material/Description';
import { MinutesEdit } from './MinutesEdit';
import { MinutesList } from './MinutesList';
import { MinutesShow } from './MinutesShow';

export default { list: MinutesList, show: MinutesShow, edit: MinutesEdit, icon: DescriptionIcon, recordRepresentation: 'title' };
