import FundingSourceIcon from '@mui/icons-material/Euro';
import { FundingSourceCreate } from './FundingSourceCreate';
import { FundingSourceEdit } from './FundingSourceEdit';
import { FundingSourceList } from './FundingSourceList';
import { FundingSourceShow } from './FundingSourceShow';

export default {
  list: FundingSourceList,
  show: FundingSourceShow,
  edit: FundingSourceEdit,
  create: FundingSourceCreate,
  icon: FundingSourceIcon,
  recordRepresentation: 'name',
};
