/** Where each state sits in the diagram: columns by distance from the initial state, rows within a column. */
export interface Placement {
  key: string;
  x: number;
  y: number;
}

interface GraphInput {
  states: { key: string; kind?: string }[];
  transitions: { from: string | string[]; to: string }[];
}

export const COLUMN_WIDTH = 320;
export const ROW_HEIGHT = 110;

/**
 * A layered layout: the initial state in column 0, each other state in the column of its shortest path
 * from it (unreachable ones in a last column), in the order of the definition within a column.
 */
export function layoutStates({ states, transitions }: GraphInput): Placement[] {
  const keys = states.map((state) => state.key).filter(Boolean);
  const next = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const transition of transitions) {
    const from = Array.isArray(transition.from) ? transition.from : [transition.from];
    for (const source of from) next.get(source)?.push(transition.to);
  }
  const initial = states.find((state) => state.kind === 'initial')?.key ?? keys[0];
  const depth = new Map<string, number>();
  if (initial) {
    depth.set(initial, 0);
    const queue = [initial];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const target of next.get(current) ?? []) {
        if (!depth.has(target) && next.has(target)) {
          depth.set(target, (depth.get(current) ?? 0) + 1);
          queue.push(target);
        }
      }
    }
  }
  const lastColumn = Math.max(0, ...depth.values()) + 1;
  const rows = new Map<number, number>();
  const seen = new Set<string>();
  return keys
    .filter((key) => (seen.has(key) ? false : (seen.add(key), true)))
    .map((key) => {
      const column = depth.get(key) ?? lastColumn;
      const row = rows.get(column) ?? 0;
      rows.set(column, row + 1);
      return { key, x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
    });
}
