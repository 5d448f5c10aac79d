import { useMemo } from 'react';
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useLocaleState } from 'react-admin';
import { languageOf, pick } from '../../../forms/model/localized';
import type { LocalizedText } from '../../api/types';
import { layoutStates } from '../../model/layout';
import { textOn } from '../../panel/StateChip';

/** What the diagram draws: possibly half-edited states and transitions (the designer's live values). */
export interface DiagramInput {
  states: { key: string; label?: Partial<LocalizedText>; kind?: string; colour?: string }[];
  transitions: { key?: string; from: string | string[]; to: string; label?: Partial<LocalizedText> }[];
}

/**
 * The states as boxes in their colour (final ones with a double border, the initial one bold) and the
 * transitions as labelled arrows, laid out left to right from the initial state (React Flow).
 */
const WorkflowDiagram = ({ states, transitions, height = 360 }: DiagramInput & { height?: number }) => {
  const [locale] = useLocaleState();
  const language = languageOf(locale);
  const { nodes, edges } = useMemo(() => {
    const known = new Set(states.map((state) => state.key).filter(Boolean));
    const placements = new Map(layoutStates({ states, transitions }).map((placement) => [placement.key, placement]));
    const nodes: Node[] = states
      .filter((state) => state.key && placements.has(state.key))
      .map((state) => {
        const placement = placements.get(state.key)!;
        const colour = /^#[0-9a-f]{6}$/i.test(state.colour ?? '') ? (state.colour as string) : '#9e9e9e';
        return {
          id: state.key,
          position: { x: placement.x, y: placement.y },
          data: { label: pick({ it: state.label?.it ?? '', en: state.label?.en ?? '' }, language) || state.key },
          style: {
            background: colour,
            color: textOn(colour),
            border: state.kind === 'final' ? '4px double #333' : '1px solid #333',
            fontWeight: state.kind === 'initial' ? 700 : 400,
            width: 170,
          },
        };
      });
    const edges: Edge[] = transitions.flatMap((transition, index) => {
      const from = (Array.isArray(transition.from) ? transition.from : [transition.from]).filter((key) => known.has(key));
      if (!known.has(transition.to)) return [];
      return from.map((source) => ({
        id: `${transition.key || index}-${source}-${transition.to}`,
        source,
        target: transition.to,
        label: pick({ it: transition.label?.it ?? '', en: transition.label?.en ?? '' }, language) || transition.key,
        markerEnd: { type: MarkerType.ArrowClosed },
        labelBgPadding: [4, 2] as [number, number],
        style: { strokeWidth: 1.5 },
      }));
    });
    return { nodes, edges };
  }, [states, transitions, language]);
  const layout = nodes.map((node) => `${node.id}@${node.position.x},${node.position.y}`).join(' ');
  const names = nodes.map((node) => String(node.data.label)).join(', ');

  return (
    <div style={{ height, width: '100%' }} role="img" aria-label={names}>
      {/* Drawn anew when the boxes change: React Flow fits only its first drawing, so an added state fell outside. */}
      <ReactFlow
        key={layout}
        nodes={nodes}
        edges={edges}
        fitView
        nodesConnectable={false}
        elementsSelectable={false}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
};

export default WorkflowDiagram;
