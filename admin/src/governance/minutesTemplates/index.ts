import ListAltIcon from '@mui/icons-material/ListAlt';
import { TemplateEdit } from './TemplateEdit';
import { TemplateList } from './TemplateList';

export default { list: TemplateList, edit: TemplateEdit, icon: ListAltIcon };
