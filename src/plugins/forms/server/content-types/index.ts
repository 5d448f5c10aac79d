import form from './form/schema.json';
import formVersion from './form-version/schema.json';
import submission from './submission/schema.json';

export default {
  form: { schema: form },
  'form-version': { schema: formVersion },
  submission: { schema: submission },
};
