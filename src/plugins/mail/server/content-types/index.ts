import message from './message/schema.json';
import preference from './preference/schema.json';

export default {
  message: { schema: message },
  preference: { schema: preference },
};
