import { catalogueController } from '../../../catalogue/catalogue-controller';

export default catalogueController('api::accreditation.accreditation');
