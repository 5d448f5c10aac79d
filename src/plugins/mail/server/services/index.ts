import outbox from './outbox';
import preferences from './preferences';

export default { outbox, preferences };
