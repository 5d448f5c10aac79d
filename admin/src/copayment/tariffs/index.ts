import TariffIcon from '@mui/icons-material/Euro';
import type { RaRecord } from 'react-admin';
import { TariffCreate } from './TariffCreate';
import { TariffEdit } from './TariffEdit';
import { TariffList } from './TariffList';
import { TariffShow } from './TariffShow';

export default {
  list: TariffList,
  show: TariffShow,
  edit: TariffEdit,
  create: TariffCreate,
  icon: TariffIcon,
  recordRepresentation: (record: RaRecord) => `${record.unit ?? ''} – ${record.unitCost ?? ''} €`,
};
