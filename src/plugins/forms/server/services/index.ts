import definitions from './definitions';
import personalData from './personal-data';
import subjectGuards from './subject-guards';
import responses from './responses';
import submissions from './submissions';

export default { definitions, submissions, subjectGuards, personalData, responses };
