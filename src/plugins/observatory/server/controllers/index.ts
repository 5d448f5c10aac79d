import dashboard from './dashboard';
import demographics from './demographics';
import evaluation from './evaluation';
import exportsController from './exports';
import hsds from './hsds';
import indicators from './indicators';
import objectives from './objectives';

export default { dashboard, demographics, evaluation, exports: exportsController, hsds, indicators, objectives };
