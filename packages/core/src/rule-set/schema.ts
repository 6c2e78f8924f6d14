/**
 * The rule-set file format: our envelope (ids, version, ordered outcomes, sources, messages) around
 * conditions in json-rules-engine's format. This zod schema is the single source of truth; the committed
 * JSON Schema (`schema/rule-set.schema.json`) is generated from it.
 */
import * as z from 'zod';
import { knownFactNames } from './fact-catalog.js';
import { OPERATORS } from './operators.js';

/** A reference to a named policy parameter of the rule set, resolved to its value at load. */
export interface ParameterRef {
  readonly param: string;
}

/**
 * A comparison of one fact (or a member of it, via `path`) against a value: a literal, or in a file a
 * `{ "param": name }` reference that loading replaces with the parameter's value.
 */
export interface LeafCondition {
  readonly fact: string;
  readonly operator: (typeof OPERATORS)[number];
  readonly value: string | number | boolean | readonly (string | number)[] | ParameterRef;
  readonly path?: string | undefined;
}

/** A condition tree node: `all`, `any`, `not`, a reference to a named condition, or a leaf. */
export type ConditionNode =
  | { readonly all: readonly ConditionNode[] }
  | { readonly any: readonly ConditionNode[] }
  | { readonly not: ConditionNode }
  | { readonly condition: string }
  | LeafCondition;

const identifier = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'use lowercase kebab-case, e.g. "not-yet"');
const ruleId = z.string().regex(/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/, 'use letters, digits and dashes, e.g. "A-C1"');

const literal = z.union([z.string(), z.number(), z.boolean()]);

const FACT_NAMES = knownFactNames() as [string, ...string[]];

const leafSchema = z.strictObject({
  fact: z.enum(FACT_NAMES, {
    error: (issue) => `unknown fact ${JSON.stringify(issue.input)}; facts are listed in SPEC §1 and the derived-fact table`,
  }),
  operator: z.enum(OPERATORS, {
    error: (issue) => `unknown operator ${JSON.stringify(issue.input)}; use one of ${OPERATORS.join(', ')}`,
  }),
  value: z.union([literal, z.array(z.union([z.string(), z.number()])).min(1), z.strictObject({ param: z.string().min(1) })]),
  path: z.string().optional(),
});

/** The schema of one condition node (recursive). */
export const conditionSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1, '"all" needs at least one condition') }),
    z.strictObject({ any: z.array(conditionSchema).min(1, '"any" needs at least one condition') }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ condition: z.string().min(1) }),
    leafSchema,
  ]),
);

const ruleSchema = z.strictObject({
  id: ruleId.describe('The SPEC id of the rule, e.g. "A-C1".'),
  title: z.string().min(1).optional(),
  outcome: identifier.optional().describe('The outcome this rule produces when it fires (one of the envelope outcomes).'),
  outcomeFrom: z
    .string()
    .min(1)
    .optional()
    .describe('An enumerated fact whose value is the outcome when the rule fires (every value must be a declared outcome).'),
  flag: identifier.optional().describe('A flag this rule raises instead of an outcome (one of the envelope flags).'),
  fallback: z.literal(true).optional().describe('Fires only when no outcome rule fired and none was unknown.'),
  conditions: conditionSchema.optional(),
  message: z.string().min(1).describe('Key of the plain-language message in the message catalog.'),
  sources: z.array(z.string().min(1)).min(1).describe('Where the rule comes from (SPEC §0 keys).'),
});

/** The schema of a whole rule-set file. */
export const ruleSetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: identifier,
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'use a semantic version such as "1.2.0"'),
  title: z.string().min(1),
  description: z.string().optional(),
  outcomes: z
    .array(
      z.strictObject({
        id: identifier,
        description: z.string().min(1),
        reassuring: z.boolean().optional(),
        severity: z
          .enum(['critical', 'warning', 'info'])
          .optional()
          .describe('How alarming the outcome is, e.g. for a CDS Hooks card indicator: critical needs action now. Every built-in outcome has one.'),
        message: z
          .string()
          .min(1)
          .optional()
          .describe('Message shown whenever this is the outcome but no fired rule with it has its own (e.g. the safety net).'),
      }),
    )
    .min(1)
    .describe('Outcomes in precedence order, most restrictive first.'),
  insufficientOutcome: identifier.describe('Returned instead of a reassuring outcome when any outcome rule is unknown.'),
  flags: z.array(z.strictObject({ id: identifier, description: z.string().min(1) })).optional(),
  invalidInput: z
    .strictObject({
      outcome: identifier,
      ruleId: ruleId,
      message: z.string().min(1),
      sources: z.array(z.string().min(1)).min(1),
      facts: z.array(z.string().min(1)).min(1),
    })
    .optional()
    .describe('Invalid values of these facts give this outcome (e.g. COWS E-ERR) instead of an error; other invalid facts still throw.'),
  optionalFacts: z
    .array(z.strictObject({ fact: z.string().min(1), reason: z.string().min(1) }))
    .optional()
    .describe('Facts whose absence means the finding is absent: their leaves are false, not unknown, when unknown.'),
  parameters: z
    .record(
      z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'use camelCase, e.g. "liverEnzymeLimitXuln"'),
      z.strictObject({
        value: z.number(),
        min: z.number(),
        max: z.number(),
        unit: z.string().min(1),
        description: z.string().min(1),
      }),
    )
    .optional()
    .describe('Policy parameters (SPEC §7) that leaves use as { "param": name }; an app may override them within min..max.'),
  reports: z
    .array(z.enum(['waitingDates', 'cowsTotals']))
    .optional()
    .describe('Computed values this rule set adds to its results (waiting-window dates, COWS totals).'),
  conditions: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), conditionSchema).optional(),
  rules: z.array(ruleSchema).min(1),
});

/** A rule-set file as written. */
export type RuleSetFile = z.infer<typeof ruleSetSchema>;

/** One rule as written. */
export type RuleFile = RuleSetFile['rules'][number];
