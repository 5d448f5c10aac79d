import { ruledController } from '../../../copayment/server/ruled-controller';
import { tariffRules } from '../validation/tariff-rules';

export default ruledController('api::copayment-tariff.copayment-tariff', tariffRules);
