/**
 * What the forms engine's API (`/api/forms`) answers, as the console reads it. The definition itself
 * is the shared contract (`@forms-shared`), the very type the server validates.
 */
import type { FormDefinition, LocalizedText } from '@forms-shared';

export type VersionStatus = 'draft' | 'published' | 'retired';

/** One version of a form's definition. Published versions never change; a draft is edited in place. */
export interface FormVersion {
  documentId: string;
  version: number;
  status: VersionStatus;
  definition: FormDefinition;
  changeNote?: string | null;
  publishedOn?: string | null;
  /** The version that replaced this one, when publishing it retired this one. */
  supersededBy?: number | null;
  retiredOn?: string | null;
}

/** A related record as the API populates it. */
export interface NamedRef {
  documentId: string;
  name: string;
}

/** A form with its versions (all of them for the UdP; only the published one for the other roles). */
export interface FormSummary {
  documentId: string;
  key: string;
  title: LocalizedText;
  description?: LocalizedText | null;
  /** Roles that may fill it. */
  roles: string[];
  area?: NamedRef | null;
  services?: NamedRef[];
  versions: FormVersion[];
}

/** The metadata of a form, as created or updated by the UdP (the definition goes through the draft). */
export interface FormMetadata {
  key?: string;
  title: LocalizedText;
  description?: LocalizedText | null;
  roles: string[];
  area?: string | null;
  services?: string[];
}

/** A new form: its metadata and a first definition (saved as the draft of version 1). */
export interface NewForm extends FormMetadata {
  /** Derived by the server from the Italian title when absent. */
  key?: string;
  definition: FormDefinition;
  changeNote?: string;
}

/** The version new submissions of a form use. */
export interface PublishedForm {
  key: string;
  title: LocalizedText;
  description: LocalizedText | null;
  version: number;
  versionId: string;
  definition: FormDefinition;
}

/** A filled form, pinned to the version it was filled with. */
export interface Submission {
  documentId: string;
  form: string;
  version: number;
  versionStatus: VersionStatus;
  /** Whether it may still be changed (its version is published, or was replaced by a newer one). */
  editable: boolean;
  data: Record<string, unknown>;
  subject: { type: string; id: string } | null;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A submission with the definition of its own version. */
export interface SubmissionDetail extends Submission {
  definition: FormDefinition;
}

/** One difference between two versions. */
export interface DefinitionChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** `field:key`, `section:key` or `rule:key`. */
  target: string;
  properties?: { name: string; before: unknown; after: unknown }[];
}

export interface DefinitionDiff {
  from: number;
  to: number;
  changes: DefinitionChange[];
}

/** An uploaded file as a submission stores it. */
export interface UploadedFile {
  id: number;
  name: string;
  mime: string;
  /** Bytes. */
  size: number;
}

/** Filters of a form's responses (all optional). */
export interface ResponseFilters {
  version?: number;
  /** YYYY-MM-DD, Europe/Rome days, inclusive. */
  from?: string;
  to?: string;
  /** documentId of a comune. */
  comune?: string;
  /** documentId of the record the submissions are about. */
  subject?: string;
  q?: string;
}

/** A column of the responses table: a field of the form. */
export interface ResponseColumn {
  key: string;
  label: { it: string; en?: string };
  type: string;
}

export interface ResponseRow {
  id: string;
  version: number;
  createdAt: string;
  author: string | null;
  subject: { type: string; id: string } | null;
  comune: { id: string; name: string | null } | null;
  values: Record<string, string | number | null>;
}

export interface ResponsesPage {
  rows: ResponseRow[];
  columns: ResponseColumn[];
  total: number;
  /** More submissions exist than the server reads at once. */
  truncated: boolean;
}

export interface DownloadedResponses {
  blob: Blob;
  filename: string;
}
