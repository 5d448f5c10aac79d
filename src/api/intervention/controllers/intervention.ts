import { casesController } from '../../../cases/controller';
import { interventionHooks } from '../../../cases/interventions';

/** Interventions through the access layer; their server-set fields live with it (src/cases/interventions.ts). */
export default casesController('intervention', interventionHooks);
