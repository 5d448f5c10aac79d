import { casesController } from '../../../cases/controller';
import { householdHooks } from '../../../cases/households';

/** Households through the access layer; their rules live with it (src/cases/households.ts). */
export default casesController('household', householdHooks);
