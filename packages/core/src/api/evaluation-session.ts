/**
 * One evaluation session: the facts, the settings, and a memo so that each built-in rule set is evaluated
 * at most once however many others read its outcome (SPEC cross-rule-set inputs; `assess`).
 */
import { resolveTimePolicy, type TimePolicy, type TimeWindowOverrides } from '../derive/time-policy.js';
import { FENTANYL_POLICIES, type FentanylPolicy } from '../derive/waiting-window.js';
import type { EvaluationContext } from '../evaluate/evaluate-rule-set.js';
import { evaluateParsedSync, mergeFactValues, outcomeOfParsedSync } from '../evaluate/evaluate-rule-set.js';
import type { FactValues } from '../evaluate/compile/fact-reader.js';
import { deriveFacts, type Derivation } from '../derive/derive-facts.js';
import type { EvaluationResult } from '../evaluate/result.js';
import type { KnownFacts } from '../facts/known-facts.js';
import type { MessageCatalog } from '../messages/catalog.js';
import { catalogForLocale } from '../messages/catalog-for-locale.js';
import { contactPhrases, type ContactPhrases } from '../emergency/contact-phrases.js';
import { emergencyContactsFor, type EmergencyContacts } from '../emergency/locale-config.js';
import { EMERGENCY_LOCALES, type EmergencyLocale } from '../emergency/response-steps.js';
import type { RuleSet } from '../rule-set/rule-set.js';
import { builtInRuleSet, builtInRuleSetWithParameters } from '../rule-sets/built-in.js';
import { BUILT_IN_OUTCOMES, isBuiltInRuleSetId, type BuiltInRuleSetId } from '../rule-sets/outcomes.js';

/** Settings shared by `evaluate` and `assess`. */
export interface SessionOptions {
  /**
   * How fentanyl exposure affects short-acting waiting windows (SPEC §3, a clinician decision). The SPEC
   * default `"extend"` uses the 10–14 day window; `"label-only"` uses the labelled 7–10 days.
   */
  readonly fentanylPolicy?: FentanylPolicy;
  /**
   * Waiting windows (days) and rescue windows (C-E5 hours, C-U10 days), SPEC §3 and §7; anything left out
   * keeps the SPEC default, and a value outside the allowed range is an error.
   */
  readonly timeWindows?: TimeWindowOverrides;
  /**
   * Language of messages (and, in `assess`, of the steps and disclaimer); English by default. From
   * `@recovery-rules/core/sync`, `"es"` also needs `messages` (`spanishCatalog` from
   * `@recovery-rules/core/messages/es`), or it is a RangeError; the main entry supplies it.
   */
  readonly locale?: EmergencyLocale;
  /** Messages to render, overriding the locale's catalog (e.g. an app's own locale). */
  readonly messages?: MessageCatalog;
  /**
   * ISO 3166-1 alpha-2 region, e.g. `"GB"`: messages then name that region's emergency number and offer 988
   * only in the US. Without it they say "911 (or your local emergency number)".
   */
  readonly region?: string;
  /**
   * Overrides of policy parameters (SPEC §7) per built-in rule set, e.g.
   * `{ 'naltrexone-candidacy': { liverEnzymeLimitXuln: 5 } }`; each must lie within its declared range.
   * Every result lists the parameter values in force and which were overridden.
   */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * Whether each rule in `result.rules` carries its condition trace (`conditions`: every leaf's fact,
   * operator, expected and actual value, and truth). On by default; `false` skips building it, for batch
   * work and hot paths. Outcome, fired rules, missing facts and messages are the same either way.
   */
  readonly trace?: boolean;
}

/** Settings after validation. */
export interface Settings {
  readonly policy: TimePolicy;
  readonly messages: MessageCatalog;
  readonly locale: EmergencyLocale;
  readonly contacts: EmergencyContacts;
  readonly phrases: ContactPhrases;
}

/** Thrown when a rule-set id is not one the SDK ships. */
export class UnknownRuleSetError extends Error {
  /** Stable machine-readable code. */
  readonly code = 'unknown-rule-set' as const;

  constructor(readonly ruleSetId: string) {
    super(`Unknown rule set "${ruleSetId}". Built-in rule sets: ${Object.keys(BUILT_IN_OUTCOMES).join(', ')}.`);
    this.name = 'UnknownRuleSetError';
  }
}

/** Validated settings; an unknown policy, locale or malformed region is an error, never a silent default. */
export function settingsFor(options: SessionOptions): Settings {
  const policy = options.fentanylPolicy ?? 'extend';
  if (!FENTANYL_POLICIES.includes(policy)) {
    throw new RangeError(`fentanylPolicy must be "extend" or "label-only", received ${JSON.stringify(policy)}`);
  }
  const locale = options.locale ?? 'en';
  if (!EMERGENCY_LOCALES.includes(locale)) throw new RangeError(`locale must be "en" or "es", received ${JSON.stringify(locale)}`);
  const contacts = emergencyContactsFor(options.region);
  const messages = catalogForLocale(locale, options.messages);
  return { policy: resolveTimePolicy(policy, options.timeWindows), messages, locale, contacts, phrases: contactPhrases(contacts, locale) };
}

/** A session's evaluation context and its memoised built-in results. */
export interface Session {
  readonly context: EvaluationContext;
  readonly settings: Settings;
  /** A built-in rule set with this session's parameter overrides applied. */
  readonly ruleSetFor: (id: BuiltInRuleSetId) => RuleSet;
  /** A built-in rule set's result, computed synchronously, on first request only. */
  readonly resultOfSync: (id: BuiltInRuleSetId) => EvaluationResult;
  /** Built-in rule sets in the order their evaluation started; each appears once per path. */
  readonly evaluationOrder: readonly BuiltInRuleSetId[];
}

/**
 * Built-in rule sets with parameter overrides applied (loaded once per session). Overrides for a rule set
 * the SDK does not ship are an error, not ignored.
 */
function builtInWithParameters(overrides: Readonly<Record<string, Readonly<Record<string, number>>>>): (id: BuiltInRuleSetId) => RuleSet {
  for (const id of Object.keys(overrides)) if (!isBuiltInRuleSetId(id)) throw new UnknownRuleSetError(id);
  const loaded = new Map<BuiltInRuleSetId, RuleSet>();
  return (id) => {
    const own = overrides[id];
    if (!own || Object.keys(own).length === 0) return builtInRuleSet(id) as RuleSet;
    let ruleSet = loaded.get(id);
    if (!ruleSet) {
      ruleSet = builtInRuleSetWithParameters(id, own);
      loaded.set(id, ruleSet);
    }
    return ruleSet;
  };
}

/** A built-in rule set id, or an {@link UnknownRuleSetError}. */
export function builtInId(id: string): BuiltInRuleSetId {
  if (!isBuiltInRuleSetId(id)) throw new UnknownRuleSetError(id);
  return id;
}

/** Creates a session for parsed facts. */
export function createSession(facts: KnownFacts, options: SessionOptions): Session {
  const ruleSetFor = builtInWithParameters(options.parameters ?? {});
  const done = new Map<BuiltInRuleSetId, EvaluationResult>();
  const evaluationOrder: BuiltInRuleSetId[] = [];
  const resultOfSync = (id: BuiltInRuleSetId): EvaluationResult => {
    let result = done.get(id);
    if (!result) {
      evaluationOrder.push(id);
      result = evaluateParsedSync(ruleSetFor(id), facts, context);
      done.set(id, result);
    }
    return result;
  };
  const outcomes = new Map<BuiltInRuleSetId, string>();
  // A rule set read only for its outcome is decided without assembling (or tracing) a result.
  const outcomeOfSync = (id: BuiltInRuleSetId): string => {
    const known = done.get(id)?.outcome ?? outcomes.get(id);
    if (known !== undefined) return known;
    const outcome = outcomeOfParsedSync(ruleSetFor(id), facts, context);
    outcomes.set(id, outcome);
    return outcome;
  };
  let derivation: Derivation | undefined;
  let factValues: FactValues | undefined;
  const settings = settingsFor(options);
  const context: EvaluationContext = {
    policy: settings.policy,
    messages: settings.messages,
    phrases: settings.phrases,
    outcomeOfSync: (id) => outcomeOfSync(builtInId(id)),
    trace: options.trace ?? true,
    derivation: () => (derivation ??= deriveFacts(facts, settings.policy)),
    factValues: () => (factValues ??= mergeFactValues(facts, context.derivation())),
  };
  return { context, settings, ruleSetFor, resultOfSync, evaluationOrder };
}
