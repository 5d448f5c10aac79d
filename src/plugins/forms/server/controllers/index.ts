import definitions from './definitions';
import submissions from './submissions';

export default { definitions, submissions };
