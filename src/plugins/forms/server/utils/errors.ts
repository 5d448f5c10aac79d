// Bilingual errors shared by the engines.
export { conflict, forbidden, notFound, throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';
