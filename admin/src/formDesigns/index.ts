import { lazy } from 'react';
import DesignIcon from '@mui/icons-material/DesignServices';
import { lazyPage } from '../common/lazyPage';

const FormDesignList = lazyPage(() => import('./FormDesignList'), 'FormDesignList');

// The designer (with the renderer and the shared validator) loads when first opened.
const FormDesignCreate = lazy(() => import('./FormDesignCreate').then((module) => ({ default: module.FormDesignCreate })));
const FormDesignerPage = lazy(() => import('./FormDesignerPage').then((module) => ({ default: module.FormDesignerPage })));

/** The "form-designs" resource (Ufficio di Piano only): the forms, a new form, the designer of each. */
export default {
  list: FormDesignList,
  create: FormDesignCreate,
  edit: FormDesignerPage,
  icon: DesignIcon,
};
