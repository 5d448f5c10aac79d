import { casesController } from '../../../cases/controller';
import { requireFields } from '../../../cases/rules';
import { gdprActions } from '../../../cases/gdpr/actions';

export default casesController(
  'beneficiary',
  {
    async beforeCreate(_strapi, _caller, data) {
      requireFields(data, ['firstName', 'lastName', 'municipality']);
      return data;
    },
  },
  gdprActions
);
