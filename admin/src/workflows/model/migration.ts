import type { LocalizedText, RunningCount, WorkflowDefinition, WorkflowVersion } from '../api/types';

/** One old state with running instances, and where the UdP sends them ('' = they stay on their version). */
export interface MigrationRow {
  state: string;
  label: LocalizedText;
  count: number;
  versions: number[];
  /** The same state in the new version when it is there and not final, else ''. */
  proposed: string;
}

/** The running instances of older versions grouped by state, labelled from their own version. */
export function migrationRows(running: RunningCount[], versions: WorkflowVersion[], target: WorkflowDefinition): MigrationRow[] {
  const rows = new Map<string, MigrationRow>();
  for (const { version, state, count } of running) {
    const definition = versions.find((item) => item.version === version)?.definition;
    const label = definition?.states.find((item) => item.key === state)?.label ?? { it: state, en: state };
    const row = rows.get(state) ?? { state, label, count: 0, versions: [], proposed: '' };
    row.count += count;
    if (!row.versions.includes(version)) row.versions.push(version);
    rows.set(state, row);
  }
  const open = new Set(target.states.filter((state) => state.kind !== 'final').map((state) => state.key));
  return [...rows.values()].map((row) => ({ ...row, proposed: open.has(row.state) ? row.state : '' }));
}

/** The state map the publish request sends: only the old states given a target. */
export function stateMapOf(choices: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, to]) => to));
}

/** How many instances move and how many stay. */
export function movedCount(rows: MigrationRow[], choices: Record<string, string>): { moved: number; staying: number } {
  let moved = 0;
  let staying = 0;
  for (const row of rows)
    if (choices[row.state]) moved += row.count;
    else staying += row.count;
  return { moved, staying };
}
