import { casesController } from '../../../cases/controller';
import { requireFields } from '../../../cases/rules';

export default casesController('household', {
  async beforeCreate(_strapi, _caller, data) {
    requireFields(data, ['beneficiary']);
    return data;
  },
});
