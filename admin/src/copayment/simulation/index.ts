import SimulationIcon from '@mui/icons-material/QueryStats';
import { lazyPage } from '../../common/lazyPage';

const SimulationPage = lazyPage(() => import('./SimulationPage'), 'SimulationPage');

/** The simulation as a resource with only a page, in the menu of the Ufficio di Piano alone (see ../access.ts). */
export default { list: SimulationPage, icon: SimulationIcon };
