import TariffIcon from '@mui/icons-material/Euro';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../../common/lazyPage';

const TariffCreate = lazyPage(() => import('./TariffCreate'), 'TariffCreate');
const TariffEdit = lazyPage(() => import('./TariffEdit'), 'TariffEdit');
const TariffList = lazyPage(() => import('./TariffList'), 'TariffList');
const TariffShow = lazyPage(() => import('./TariffShow'), 'TariffShow');

export default {
  list: TariffList,
  show: TariffShow,
  edit: TariffEdit,
  create: TariffCreate,
  icon: TariffIcon,
  recordRepresentation: (record: RaRecord) => `${record.unit ?? ''} – ${record.unitCost ?? ''} €`,
};
