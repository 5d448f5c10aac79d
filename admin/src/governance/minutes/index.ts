import DescriptionIcon from '@mui/icons-material/Description';
import { lazyPage } from '../../common/lazyPage';

const MinutesEdit = lazyPage(() => import('./MinutesEdit'), 'MinutesEdit');
const MinutesList = lazyPage(() => import('./MinutesList'), 'MinutesList');
const MinutesShow = lazyPage(() => import('./MinutesShow'), 'MinutesShow');

export default { list: MinutesList, show: MinutesShow, edit: MinutesEdit, icon: DescriptionIcon, recordRepresentation: 'title' };
