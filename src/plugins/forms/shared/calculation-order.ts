import { resolveVariable, type DefinitionIndex, type IndexedField } from './definition-index';
import { listVariables } from './expressions';

/** The calculated fields in an order where each comes after those it reads; or the first cycle found. */
export interface CalculationOrder {
  order: IndexedField[];
  /** Calculated fields forming a cycle, the first repeated at the end (`a → b → a`); null when none. */
  cycle: IndexedField[] | null;
}

/** Calculated fields read by one calculated field (reading a group reads every calculated field of its rows). */
function dependencies(index: DefinitionIndex, node: IndexedField, calculated: IndexedField[]): IndexedField[] {
  if (node.field.type !== 'calculated') return [];
  const found = new Set<IndexedField>();
  for (const ref of listVariables(node.field.expression)) {
    const resolution = resolveVariable(index, ref, node.groups);
    if (resolution.status !== 'found') continue;
    const { target } = resolution;
    if (target.field.type === 'calculated') found.add(target);
    if (target.field.type === 'group') {
      const prefix = `${target.template}.*.`;
      calculated.filter((other) => other !== node && other.template.startsWith(prefix)).forEach((other) => found.add(other));
    }
  }
  return [...found];
}

/** Orders the calculated fields of an indexed definition for evaluation, detecting cycles. */
export function calculationOrder(index: DefinitionIndex): CalculationOrder {
  const calculated = index.fields.filter((entry) => entry.field.type === 'calculated');
  const edges = new Map(calculated.map((node) => [node, dependencies(index, node, calculated)] as const));
  const order: IndexedField[] = [];
  const state = new Map<IndexedField, 'visiting' | 'done'>();
  const stack: IndexedField[] = [];
  let cycle: IndexedField[] | null = null;

  const visit = (node: IndexedField): void => {
    if (cycle || state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycle = [...stack.slice(stack.indexOf(node)), node];
      return;
    }
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    stack.pop();
    state.set(node, 'done');
    order.push(node);
  };
  calculated.forEach(visit);
  return { order, cycle };
}
