import definitions from './definitions';
import subjectGuards from './subject-guards';
import submissions from './submissions';

export default { definitions, submissions, subjectGuards };
