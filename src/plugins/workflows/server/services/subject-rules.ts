import type { Guard, LocalizedText, WorkflowDefinition } from '../../shared';

/**
 * What the area owning a record type adds to the workflows about its records (the case files register theirs
 * in src/cases/workflow-subjects.ts). Both are optional.
 */
export interface SubjectRules {
  /**
   * Guards the record itself adds to transitions of the workflow it runs, by transition key: e.g. the forms
   * its service requires before a transition ("form X submitted for this record", the engine's own form guard).
   * Read when the transitions are shown and again when one is taken, so a change of configuration applies at once.
   */
  guards?(subjectId: string, workflowKey: string, definition: WorkflowDefinition): Promise<Record<string, Guard[]>>;
  /** Words describing records to staff who may see them, without personal data (service, comune, dates), by documentId. */
  describe?(subjectIds: string[]): Promise<Map<string, LocalizedText>>;
}

/** The registry of subject rules, by content type. Types without rules get nothing added. */
const createSubjectRules = () => {
  const rules = new Map<string, SubjectRules>();
  /** Descriptions of `subjects` (type and documentId), keyed `type:documentId`; subjects without one are absent. */
  async function describe(subjects: { type: string | null; documentId: string | null }[]): Promise<Map<string, LocalizedText>> {
    const byType = new Map<string, Set<string>>();
    for (const { type, documentId } of subjects) {
      if (!type || !documentId || !rules.get(type)?.describe) continue;
      if (!byType.has(type)) byType.set(type, new Set());
      byType.get(type)?.add(documentId);
    }
    const labels = new Map<string, LocalizedText>();
    for (const [type, ids] of byType) {
      const found = await rules.get(type)?.describe?.([...ids]);
      for (const [id, label] of found ?? []) labels.set(`${type}:${id}`, label);
    }
    return labels;
  }

  return {
    register(type: string, entry: SubjectRules): void {
      rules.set(type, entry);
    },

    /** `definition` with the subject's own guards appended to the transitions they name (a copy; the cached one is untouched). */
    async withSubjectGuards(
      definition: WorkflowDefinition,
      instance: { workflowKey: string; subjectType: string; subjectId: string }
    ): Promise<WorkflowDefinition> {
      const extra = await rules.get(instance.subjectType)?.guards?.(instance.subjectId, instance.workflowKey, definition);
      if (!extra || Object.keys(extra).length === 0) return definition;
      return {
        ...definition,
        transitions: definition.transitions.map((t) =>
          extra[t.key]?.length ? { ...t, guards: [...(t.guards ?? []), ...extra[t.key]] } : t
        ),
      };
    },

    /** `items` (instances, tasks) with `subjectLabel`: their record in words, null when its area gives none. */
    async labelled<T extends { subject: { type: string | null; documentId: string | null } | null }>(
      items: T[]
    ): Promise<(T & { subjectLabel: LocalizedText | null })[]> {
      const labels = await describe(items.map((item) => item.subject ?? { type: null, documentId: null }));
      return items.map((item) => ({
        ...item,
        subjectLabel: (item.subject && labels.get(`${item.subject.type}:${item.subject.documentId}`)) || null,
      }));
    },

    describe,
  };
};

export default createSubjectRules;
export type SubjectRulesService = ReturnType<typeof createSubjectRules>;
