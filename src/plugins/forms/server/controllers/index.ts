import definitions from './definitions';
import responses from './responses';
import submissions from './submissions';

export default { definitions, submissions, responses };
