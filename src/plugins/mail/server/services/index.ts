import links from './links';
import outbox from './outbox';
import preferences from './preferences';
import recipients from './recipients';

export default { links, outbox, preferences, recipients };
