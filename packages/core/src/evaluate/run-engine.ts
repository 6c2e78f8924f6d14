/**
 * Runs json-rules-engine over a rule set to get a two-valued result for every leaf. A new engine is built
 * for every run: json-rules-engine keeps run state on the engine (its issue #303), so sharing one between
 * concurrent evaluations loses rules.
 *
 * json-rules-engine is imported lazily so that bundles of the synchronous API never carry it (issue 7).
 */
import type { Engine as EngineType, TopLevelCondition } from 'json-rules-engine';
import type { RuleSet } from '../rule-set/rule-set.js';

/** The annotated condition tree json-rules-engine returns for one rule (leaves carry `result`). */
export type AnnotatedCondition = Record<string, unknown>;

/** Engine-annotated condition trees by rule id. */
export type EngineTrees = ReadonlyMap<string, AnnotatedCondition>;

/** Evaluates every leaf of every rule with json-rules-engine. Facts missing from `facts` are undefined. */
export async function runEngine(ruleSet: RuleSet, facts: Readonly<Record<string, unknown>>): Promise<EngineTrees> {
  const Engine = await loadEngine();
  const engine = new Engine([], { allowUndefinedFacts: true, allowUndefinedConditions: false });
  engine.addOperator('isUnknown', (factValue: unknown) => factValue === undefined);
  for (const [name, node] of Object.entries(ruleSet.namedConditions)) {
    engine.setCondition(name, structuredClone(node) as unknown as TopLevelCondition);
  }
  for (const rule of ruleSet.rules) {
    if (!rule.conditions) continue;
    engine.addRule({
      name: rule.id,
      conditions: structuredClone(rule.conditions) as unknown as TopLevelCondition,
      event: { type: rule.id },
    });
  }
  const { results, failureResults } = await engine.run({ ...facts });
  const trees = new Map<string, AnnotatedCondition>();
  for (const result of [...results, ...failureResults]) {
    trees.set(String(result.name), result.conditions as unknown as AnnotatedCondition);
  }
  return trees;
}

type EngineClass = typeof EngineType;
let engineClass: Promise<EngineClass> | undefined;

/** json-rules-engine is CommonJS: its named export may sit on `default` depending on the loader. */
function loadEngine(): Promise<EngineClass> {
  engineClass ??= import('json-rules-engine').then((module) => {
    const loaded = module as unknown as { Engine?: EngineClass; default?: { Engine?: EngineClass } };
    const found = loaded.Engine ?? loaded.default?.Engine;
    if (!found) throw new Error('json-rules-engine loaded without an Engine export');
    return found;
  });
  return engineClass;
}
