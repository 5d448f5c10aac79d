import { calculationOrder } from './calculation-order';
import { resolveVariable, type DefinitionIndex } from './definition-index';
import { expressionDepth, listVariables, unknownOperators } from './expressions';
import { fieldIssue } from './issues';
import type { FieldIssue, FormDefinition, GroupField, JsonLogicExpression } from './types';

/** Deeper expressions are refused (and are unreadable anyway). */
export const MAX_EXPRESSION_DEPTH = 20;

/** An expression in a definition, with where it is and where its names are looked up. */
interface Site {
  path: string;
  expression: JsonLogicExpression;
  groups: GroupField[];
  /** The template of the field a visibility condition belongs to (it may not read itself). */
  owner?: string;
}

function sites(definition: FormDefinition, index: DefinitionIndex): Site[] {
  const out: Site[] = [];
  definition.sections.forEach((section, i) => {
    if (section.visibleWhen !== undefined)
      out.push({ path: `sections.${i}.visibleWhen`, expression: section.visibleWhen, groups: [] });
  });
  for (const entry of index.fields) {
    const { field, definitionPath, groups, template } = entry;
    if (field.visibleWhen !== undefined)
      out.push({ path: `${definitionPath}.visibleWhen`, expression: field.visibleWhen, groups, owner: template });
    if (field.type === 'calculated') out.push({ path: `${definitionPath}.expression`, expression: field.expression, groups });
  }
  (definition.rules ?? []).forEach((rule, i) => {
    out.push({ path: `rules.${i}.assert`, expression: rule.assert, groups: [] });
    if (rule.when !== undefined) out.push({ path: `rules.${i}.when`, expression: rule.when, groups: [] });
  });
  return out;
}

function siteIssues(site: Site, index: DefinitionIndex): FieldIssue[] {
  const depth = expressionDepth(site.expression);
  if (depth > MAX_EXPRESSION_DEPTH) {
    return [
      fieldIssue(
        site.path,
        `espressione annidata troppo in profondità (${depth} livelli, al massimo ${MAX_EXPRESSION_DEPTH})`,
        `expression nested too deeply (${depth} levels, at most ${MAX_EXPRESSION_DEPTH})`
      ),
    ];
  }
  const out: FieldIssue[] = [];
  for (const operator of new Set(unknownOperators(site.expression))) {
    out.push(
      operator.startsWith('{')
        ? fieldIssue(
            site.path,
            `oggetto ${operator} non valido: un'operazione ha una sola chiave`,
            `invalid object ${operator}: an operation has exactly one key`
          )
        : fieldIssue(site.path, `operatore sconosciuto "${operator}"`, `unknown operator "${operator}"`)
    );
  }
  const reported = new Set<string>();
  for (const ref of listVariables(site.expression)) {
    const resolution = resolveVariable(index, ref, site.groups);
    if (resolution.status === 'missing' && !reported.has(resolution.name)) {
      reported.add(resolution.name);
      out.push(
        fieldIssue(
          site.path,
          `l'espressione usa il campo inesistente "${resolution.name}"`,
          `the expression refers to the missing field "${resolution.name}"`
        )
      );
    }
    if (
      resolution.status === 'found' &&
      site.owner !== undefined &&
      resolution.target.template === site.owner &&
      !reported.has(site.owner)
    ) {
      reported.add(site.owner);
      out.push(
        fieldIssue(
          site.path,
          'la condizione di visibilità non può usare il campo stesso',
          'the visibility condition cannot read the field itself'
        )
      );
    }
  }
  return out;
}

/** Rule paths must be keys of top-level fields. */
function rulePathIssues(definition: FormDefinition, index: DefinitionIndex): FieldIssue[] {
  return (definition.rules ?? []).flatMap((rule, i) =>
    rule.paths.flatMap((path, j) =>
      index.byTemplate.has(path) && !path.includes('*')
        ? []
        : [fieldIssue(`rules.${i}.paths.${j}`, `campo inesistente "${path}"`, `no such field "${path}"`)]
    )
  );
}

/** A cycle among calculated fields, reported at the expression of the first field in it. */
function cycleIssues(index: DefinitionIndex): FieldIssue[] {
  const { cycle } = calculationOrder(index);
  if (!cycle) return [];
  const names = cycle.map((entry) => entry.template).join(' → ');
  return [
    fieldIssue(
      `${cycle[0].definitionPath}.expression`,
      `ciclo tra campi calcolati: ${names}`,
      `cycle among calculated fields: ${names}`
    ),
  ];
}

/** Operators, depth and variables of every expression; rule paths; cycles among calculated fields. */
export function expressionChecks(definition: FormDefinition, index: DefinitionIndex): FieldIssue[] {
  return [
    ...sites(definition, index).flatMap((site) => siteIssues(site, index)),
    ...rulePathIssues(definition, index),
    ...cycleIssues(index),
  ];
}
