import { issueDetail, throwDetails } from '../../../plugin-kit/errors';
import type { PersonalDataFinding } from '../../shared';

export { conflict, forbidden, notFound, throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';

/** 400 naming every place where personal data was found: field path plus `offset`, `length`, `kind`, `masked`. */
export function throwPersonalData(findings: PersonalDataFinding[]): never {
  throwDetails(
    findings.map((f) => issueDetail(f.path, f.it, f.en, { offset: f.offset, length: f.length, kind: f.kind, masked: f.masked }))
  );
}
