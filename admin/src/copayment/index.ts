import quote from './quote';
import regulations from './regulations';
import simulation from './simulation';
import tariffs from './tariffs';

export { createCopaymentApi, type CopaymentApi } from './api/copaymentApi';
export { withCopaymentAccess } from './access';

/** The co-payment's console resources, registered in App.tsx as `copayment-<name>`. */
export default { regulations, tariffs, quote, simulation };
