type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Merges message trees left to right: later trees win, nested objects are merged, inputs stay untouched. */
export function deepMerge<T extends Tree>(...trees: Tree[]): T {
  const result: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      result[key] = isTree(value) && isTree(result[key]) ? deepMerge(result[key] as Tree, value) : value;
    }
  }
  return result as T;
}

/** A copy of `tree` without the keys `reference` does not have (e.g. messages of an older react-admin). */
export function pickKnown<T extends Tree>(tree: Tree, reference: Tree): T {
  const result: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (!(key in reference)) continue;
    result[key] = isTree(value) && isTree(reference[key]) ? pickKnown(value, reference[key] as Tree) : value;
  }
  return result as T;
}
