import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import {
  COLUMNS,
  indicatorLine,
  typeLabel,
  type EvaluationRow,
  type EvaluationSection,
  type EvaluationTable,
} from '../render/evaluation-table';
import type { ObjectiveView } from './objectives';

const labelled = (label: string, text: string | null | undefined) => (text ? [`${label}: ${text}`] : []);
const paragraphs = (text: string | null | undefined) =>
  text
    ? text
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean)
    : [];

/**
 * The evaluation table of a period, built from the live objectives and indicators: stored yearly values,
 * and for computed indicators the years without a stored value computed now.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function indicatorLines(objective: ObjectiveView, from: number, to: number): Promise<string[]> {
    const lines: string[] = [];
    for (const indicator of objective.indicators) {
      const stored = indicator.values.filter((v) => v.year >= from && v.year <= to);
      let values: { year: number; value: number | null; note?: string | null }[] = stored;
      if (indicator.method === 'computed') {
        const computed = await getService(strapi, 'indicators').compute(indicator.documentId, { from, to });
        const missing = computed.values.filter((c) => c.value !== null && !stored.some((s) => s.year === c.year));
        values = [...stored, ...missing].sort((a, b) => a.year - b.year);
      }
      lines.push(indicatorLine(indicator, values));
    }
    return lines;
  }

  async function rowOf(objective: ObjectiveView, from: number, to: number): Promise<EvaluationRow> {
    return {
      cells: {
        name: [objective.name, ...paragraphs(objective.summary)],
        type: [typeLabel(objective.type)],
        interventions: [
          ...labelled('Bisogni', objective.needs),
          ...labelled('Target', objective.target),
          ...labelled('Interventi/attori', objective.interventions),
        ],
        resources: [
          ...labelled('Risorse finanziarie', objective.financialResources),
          ...labelled('Risorse professionali', objective.professionalResources),
        ],
        tools: paragraphs(objective.tools),
        indicators: [...(await indicatorLines(objective, from, to)), ...paragraphs(objective.outcomeNotes)],
        timing: paragraphs(objective.timing),
      },
    };
  }

  return {
    columns: COLUMNS,
    async build(from: number, to: number): Promise<EvaluationTable> {
      const objectives = await getService(strapi, 'objectives').list({ from, to });
      const sections: EvaluationSection[] = [];
      for (const objective of objectives) {
        const area = objective.area?.name ?? 'Senza area / No area';
        let section = sections.find((s) => s.area === area);
        if (!section) sections.push((section = { area, rows: [] }));
        section.rows.push(await rowOf(objective, from, to));
      }
      return {
        title: `Tabella per la valutazione degli esiti della programmazione ${from}-${to}`,
        subtitle: `Evaluation of the outcomes of the ${from}-${to} programme – Ambito distrettuale di Cernusco sul Naviglio (Distretto 4)`,
        from,
        to,
        generatedAt: new Date().toISOString(),
        sections,
      };
    },
  };
};
