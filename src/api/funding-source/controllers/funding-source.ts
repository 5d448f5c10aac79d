import { catalogueController } from '../../../catalogue/catalogue-controller';

export default catalogueController('api::funding-source.funding-source');
