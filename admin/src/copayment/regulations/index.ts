import RegulationIcon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { RegulationCreate } from './RegulationCreate';
import { RegulationEdit } from './RegulationEdit';
import { RegulationList } from './RegulationList';
import { RegulationShow } from './RegulationShow';

export default {
  list: RegulationList,
  show: RegulationShow,
  edit: RegulationEdit,
  create: RegulationCreate,
  icon: RegulationIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
