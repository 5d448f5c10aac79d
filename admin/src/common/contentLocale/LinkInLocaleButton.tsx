import EditIcon from '@mui/icons-material/Create';
import ShowIcon from '@mui/icons-material/Visibility';
import { Button, useCanAccess, useCreatePath, useNavigate, useRecordContext, useResourceContext } from 'react-admin';
import { DEFAULT_CONTENT_LOCALE, type ContentLocale } from './contentLocale';

interface LinkInLocaleButtonProps {
  type: 'edit' | 'show';
  locale: ContentLocale;
}

/** Edit / Show buttons that keep the content language chosen on the page (`?locale=en`). */
export const LinkInLocaleButton = ({ type, locale }: LinkInLocaleButtonProps) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const { canAccess } = useCanAccess({ action: type, resource, record });
  if (!record || !resource || !canAccess) return null;
  const path = createPath({ resource, id: record.id, type });
  const search = locale === DEFAULT_CONTENT_LOCALE ? '' : `?locale=${locale}`;
  return (
    <Button label={`ra.action.${type}`} onClick={() => navigate(`${path}${search}`)}>
      {type === 'edit' ? <EditIcon /> : <ShowIcon />}
    </Button>
  );
};
