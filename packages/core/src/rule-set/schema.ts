/**
 * The rule-set file format: our envelope (ids, version, ordered outcomes, sources, messages) around
 * conditions in json-rules-engine's format. This zod schema is the single source of truth; the committed
 * JSON Schema (`schema/rule-set.schema.json`) is generated from it.
 */
import * as z from 'zod/mini';
import { en as englishIssues } from 'zod/v4/locales';
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

/**
 * Builds the rule-set schema. Everything is built inside one function so that a bundle that never loads a
 * rule set of its own (an app using the built-ins only) can drop the whole schema: a single call marked
 * pure, instead of dozens of top-level zod calls a bundler must keep.
 */
function buildRuleSetSchema() {
  const identifier = z.string().check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'use lowercase kebab-case, e.g. "not-yet"'));
  const ruleId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/, 'use letters, digits and dashes, e.g. "A-C1"'));

  const literal = z.union([z.string(), z.number(), z.boolean()]);
  const nonEmpty = () => z.string().check(z.minLength(1));
  /** Attaches a description (it reaches the generated JSON Schema, and editors show it). */
  const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

  const FACT_NAMES = knownFactNames() as [string, ...string[]];

  const leafSchema = z.strictObject({
    fact: z.enum(FACT_NAMES, {
      error: (issue) => `unknown fact ${JSON.stringify(issue.input)}; facts are listed in SPEC §1 and the derived-fact table`,
    }),
    operator: z.enum(OPERATORS, {
      error: (issue) => `unknown operator ${JSON.stringify(issue.input)}; use one of ${OPERATORS.join(', ')}`,
    }),
    value: z.union([literal, z.array(z.union([z.string(), z.number()])).check(z.minLength(1)), z.strictObject({ param: nonEmpty() })]),
    path: z.optional(z.string()),
  });

  /** The schema of one condition node (recursive). */
  const conditionSchema: z.ZodMiniType<ConditionNode> = z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1, '"all" needs at least one condition')) }),
      z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1, '"any" needs at least one condition')) }),
      z.strictObject({ not: conditionSchema }),
      z.strictObject({ condition: nonEmpty() }),
      leafSchema,
    ]),
  );

  const ruleSchema = z.strictObject({
    id: ruleId.check(z.describe('The SPEC id of the rule, e.g. "A-C1".')),
    title: z.optional(nonEmpty()),
    outcome: described(z.optional(identifier), 'The outcome this rule produces when it fires (one of the envelope outcomes).'),
    outcomeFrom: described(
      z.optional(nonEmpty()),
      'An enumerated fact whose value is the outcome when the rule fires (every value must be a declared outcome).',
    ),
    flag: described(z.optional(identifier), 'A flag this rule raises instead of an outcome (one of the envelope flags).'),
    fallback: described(z.optional(z.literal(true)), 'Fires only when no outcome rule fired and none was unknown.'),
    conditions: z.optional(conditionSchema),
    message: nonEmpty().check(z.describe('Key of the plain-language message in the message catalog.')),
    sources: z.array(nonEmpty()).check(z.minLength(1), z.describe('Where the rule comes from (SPEC §0 keys).')),
  });

  return z.strictObject({
    $schema: z.optional(z.string()),
    id: identifier,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'use a semantic version such as "1.2.0"')),
    title: nonEmpty(),
    description: z.optional(z.string()),
    outcomes: z
      .array(
        z.strictObject({
          id: identifier,
          description: nonEmpty(),
          reassuring: z.optional(z.boolean()),
          severity: described(
            z.optional(z.enum(['critical', 'warning', 'info'])),
            'How alarming the outcome is, e.g. for a CDS Hooks card indicator: critical needs action now. Every built-in outcome has one.',
          ),
          message: described(
            z.optional(nonEmpty()),
            'Message shown whenever this is the outcome but no fired rule with it has its own (e.g. the safety net).',
          ),
        }),
      )
      .check(z.minLength(1), z.describe('Outcomes in precedence order, most restrictive first.')),
    insufficientOutcome: identifier.check(z.describe('Returned instead of a reassuring outcome when any outcome rule is unknown.')),
    flags: z.optional(z.array(z.strictObject({ id: identifier, description: nonEmpty() }))),
    invalidInput: described(
      z.optional(
        z.strictObject({
          outcome: identifier,
          ruleId: ruleId,
          message: nonEmpty(),
          sources: z.array(nonEmpty()).check(z.minLength(1)),
          facts: z.array(nonEmpty()).check(z.minLength(1)),
        }),
      ),
      'Invalid values of these facts give this outcome (e.g. COWS E-ERR) instead of an error; other invalid facts still throw.',
    ),
    optionalFacts: described(
      z.optional(z.array(z.strictObject({ fact: nonEmpty(), reason: nonEmpty() }))),
      'Facts whose absence means the finding is absent: their leaves are false, not unknown, when unknown.',
    ),
    parameters: described(
      z.optional(
        z.record(
          z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'use camelCase, e.g. "liverEnzymeLimitXuln"')),
          z.strictObject({
            value: z.number(),
            min: z.number(),
            max: z.number(),
            unit: nonEmpty(),
            description: nonEmpty(),
          }),
        ),
      ),
      'Policy parameters (SPEC §7) that leaves use as { "param": name }; an app may override them within min..max.',
    ),
    reports: described(
      z.optional(z.array(z.enum(['waitingDates', 'cowsTotals']))),
      'Computed values this rule set adds to its results (waiting-window dates, COWS totals).',
    ),
    conditions: z.optional(z.record(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)), conditionSchema)),
    rules: z.array(ruleSchema).check(z.minLength(1)),
  });
}

/** The schema of a whole rule-set file. */
export const ruleSetSchema = /* @__PURE__ */ buildRuleSetSchema();

let english: ReturnType<typeof englishIssues> | undefined;

/**
 * Parses a rule-set file, with zod's English wording for its own issues (passed per parse, so a host's
 * global zod configuration is neither needed nor changed).
 */
export function safeParseRuleSetFile(json: unknown): ReturnType<typeof ruleSetSchema.safeParse> {
  english ??= englishIssues();
  return ruleSetSchema.safeParse(json, { error: english.localeError });
}

/** A rule-set file as written. */
export type RuleSetFile = z.infer<typeof ruleSetSchema>;

/** One rule as written. */
export type RuleFile = RuleSetFile['rules'][number];
