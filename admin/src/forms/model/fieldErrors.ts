import type { FieldIssue } from '@forms-shared';
import type { Language } from './localized';

/** An error on an input, or on the whole form (`path` null), in the user's language. */
export interface PlacedError {
  path: string | null;
  message: string;
}

/** Where the validator's issues go: the input of each (see fieldPathOf), or the form when none. */
export function placeIssues(issues: FieldIssue[], language: Language, locate: (path: string) => string | null): PlacedError[] {
  return issues.map((issue) => ({
    path: issue.path === '' ? null : locate(issue.path),
    message: issue[language] || issue.message,
  }));
}

/**
 * The server's field errors (react-admin's `HttpError.body.errors`, keyed `data.household.0.birthDate`,
 * already in the user's language) placed on their inputs; `root.serverError` is the form's.
 */
export function placeServerErrors(
  errors: Record<string, unknown> | undefined,
  locate: (path: string) => string | null
): PlacedError[] {
  if (!errors) return [];
  return Object.entries(errors).flatMap(([key, value]): PlacedError[] => {
    if (key === 'root' || key === 'root.serverError') return [];
    const message = typeof value === 'string' ? value : String((value as { serverError?: unknown })?.serverError ?? '');
    const path = key === 'data' ? null : key.startsWith('data.') ? locate(key.slice('data.'.length)) : locate(key);
    return [{ path, message }];
  });
}

type ErrorTree = Record<string, unknown>;

/**
 * react-hook-form's nested `errors` object for placed errors: `household.0.birthDate` →
 * `{ household: [{ birthDate: { type, message } }] }`; an error of a whole group goes to `<group>.root`
 * (react-hook-form's place for a field array's own error). Several errors of one input are joined.
 */
export function toErrorTree(placed: PlacedError[], isGroup: (path: string) => boolean, type = 'validate'): ErrorTree {
  const tree: ErrorTree = {};
  for (const { path, message } of placed) {
    const target = path === null ? 'root.form' : isGroup(path) ? `${path}.root` : path;
    const parts = target.split('.');
    let node: ErrorTree = tree;
    parts.slice(0, -1).forEach((part, index) => {
      const at = parts.slice(0, index + 1).join('.');
      if (!node[part] || typeof node[part] !== 'object') node[part] = !/^\d+$/.test(part) && isGroup(at) ? [] : {};
      node = node[part] as ErrorTree;
    });
    const leaf = parts[parts.length - 1];
    const existing = node[leaf] as { message?: string } | undefined;
    const text = existing?.message && existing.message !== message ? `${existing.message}; ${message}` : message;
    node[leaf] = { type, message: text };
  }
  return tree;
}

/** Every message of react-hook-form's `errors`, with its path (`household.0.birthDate`, `household` for `household.root`). */
export function flattenErrors(tree: unknown, prefix = ''): PlacedError[] {
  if (!tree || typeof tree !== 'object') return [];
  const node = tree as Record<string, unknown>;
  if (typeof node.message === 'string' && node.message !== '' && typeof node.type === 'string') {
    return [{ path: prefix.replace(/\.root$/, '') || null, message: node.message }];
  }
  return Object.entries(node).flatMap(([key, child]) =>
    key === 'ref' ? [] : flattenErrors(child, prefix ? `${prefix}.${key}` : key)
  );
}
