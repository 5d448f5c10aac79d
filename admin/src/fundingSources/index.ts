import FundingSourceIcon from '@mui/icons-material/Euro';
import { lazyPage } from '../common/lazyPage';

const FundingSourceCreate = lazyPage(() => import('./FundingSourceCreate'), 'FundingSourceCreate');
const FundingSourceEdit = lazyPage(() => import('./FundingSourceEdit'), 'FundingSourceEdit');
const FundingSourceList = lazyPage(() => import('./FundingSourceList'), 'FundingSourceList');
const FundingSourceShow = lazyPage(() => import('./FundingSourceShow'), 'FundingSourceShow');

export default {
  list: FundingSourceList,
  show: FundingSourceShow,
  edit: FundingSourceEdit,
  create: FundingSourceCreate,
  icon: FundingSourceIcon,
  recordRepresentation: 'name',
};
