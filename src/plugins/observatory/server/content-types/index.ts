import objective from './objective/schema.json';
import indicator from './indicator/schema.json';
import indicatorValue from './indicator-value/schema.json';
import demographic from './demographic/schema.json';

export default {
  objective: { schema: objective },
  indicator: { schema: indicator },
  'indicator-value': { schema: indicatorValue },
  demographic: { schema: demographic },
};
