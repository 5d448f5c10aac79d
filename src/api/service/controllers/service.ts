import { catalogueController } from '../../../catalogue/catalogue-controller';

export default catalogueController('api::service.service');
