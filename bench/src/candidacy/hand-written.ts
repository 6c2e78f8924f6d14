/**
 * The naltrexone candidacy rules written by hand in TypeScript, over the same already-derived values the
 * raw engines get: the fastest any evaluator of this logic can be (no interpretation, no allocation beyond
 * the answer). Two-valued, with json-rules-engine's operator semantics: a comparison with a missing value is
 * false. The benchmark's setup checks it against the SDK on every sample, so it cannot drift silently.
 */
import type { RuleSet } from '@recovery-rules/core/sync';
import type { RuleValues } from './rule-values.js';

/** The candidacy thresholds, read once from the loaded rule set's parameters. */
interface Thresholds {
  readonly liverEnzyme: number;
  readonly bilirubin: number;
  readonly marked: number;
  readonly cowsWithdrawal: number;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const above = (value: unknown, limit: number): boolean => isNumber(value) && value > limit;

function thresholdsOf(ruleSet: RuleSet): Thresholds {
  const read = (name: string): number => {
    const parameter = ruleSet.parameters.get(name);
    if (!parameter) throw new Error(`naltrexone-candidacy has no parameter "${name}"`);
    return parameter.value;
  };
  return {
    liverEnzyme: read('liverEnzymeLimitXuln'),
    bilirubin: read('bilirubinLimitXuln'),
    marked: read('markedElevationXuln'),
    cowsWithdrawal: read('cowsWithdrawalMin'),
  };
}

/** Returns a function giving the ids of the candidacy rules that fire, in rule-set order. */
export function handWrittenCandidacy(ruleSet: RuleSet): (v: RuleValues) => string[] {
  const t = thresholdsOf(ruleSet);
  return (v) => {
    const fired: string[] = [];
    const challengePassed = v['naloxoneChallenge'] === 'passed';
    const urinePositive = v['urineOpioidScreen'] === 'positive';
    const agonist = v['currentOpioidAgonistTreatment'];
    const selfHarm = v['selfHarmThoughts'];
    const urgent = v['urgentHelpOutcome'];
    const waiting = v['waitingPeriodStatus'];
    const timing = v['lastOpioidUseTiming'];
    const age = v['ageYears'];
    if (v['currentOrAnticipatedOpioidAnalgesicNeed'] === 'yes') fired.push('A-C1');
    if (v['physiologicOpioidDependence'] === 'present' || agonist === 'methadone' || agonist === 'buprenorphine') fired.push('A-C2');
    if (v['acuteOpioidWithdrawal'] === 'present') fired.push('A-C3');
    if (v['naloxoneChallenge'] === 'failed') fired.push('A-C4');
    if (urinePositive && !challengePassed) fired.push('A-C5');
    if (v['naltrexoneHypersensitivity'] === 'yes') fired.push('A-C6');
    if (v['acuteHepatitis'] === 'yes' || v['liverFailure'] === 'yes') fired.push('A-N1');
    if (above(v['altXuln'], t.liverEnzyme) || above(v['astXuln'], t.liverEnzyme) || above(v['bilirubinXuln'], t.bilirubin)) fired.push('A-N2');
    if (above(v['altXuln'], t.marked) || above(v['astXuln'], t.marked) || above(v['bilirubinXuln'], t.marked)) fired.push('A-N2-M');
    if (v['pregnancyStatus'] === 'pregnant') fired.push('A-N3');
    if (v['breastfeeding'] === 'yes') fired.push('A-N4');
    if (urinePositive && challengePassed) fired.push('A-N5');
    if (selfHarm === 'passive' || selfHarm === 'active-plan-or-intent' || v['severeDepression'] === 'yes') fired.push('A-N6');
    if (v['depotBuprenorphineExposure'] === 'yes') fired.push('A-N7');
    if (isNumber(age) && age < 18) fired.push('A-N8');
    if (v['bleedingDisorderOrAnticoagulant'] === 'yes') fired.push('A-N9');
    if (v['renalImpairment'] === 'moderate-or-severe') fired.push('A-N10');
    const cowsMin = v['cowsMinTotal'];
    if (v['currentWithdrawalSymptoms'] === 'yes' || (isNumber(cowsMin) && cowsMin >= t.cowsWithdrawal)) fired.push('A-N11');
    if (urgent === 'emergency-call-now' || urgent === 'urgent-same-day') fired.push('A-N12');
    if (waiting === 'before-earliest') fired.push('A-W1');
    if (waiting === 'confirmation-zone' && !challengePassed) fired.push('A-W2');
    if (timing === undefined || timing === 'in-future') fired.push('A-I1');
    if (
      age === undefined ||
      v['currentOrAnticipatedOpioidAnalgesicNeed'] === undefined ||
      agonist === undefined ||
      v['currentWithdrawalSymptoms'] === undefined ||
      v['altXuln'] === undefined ||
      v['astXuln'] === undefined ||
      v['acuteHepatitis'] === undefined ||
      v['liverFailure'] === undefined ||
      v['pregnancyStatus'] === undefined ||
      v['naltrexoneHypersensitivity'] === undefined ||
      selfHarm === undefined ||
      v['urineOpioidScreen'] === undefined ||
      v['urineOpioidScreen'] === 'not-done'
    ) {
      fired.push('A-I2');
    }
    return fired;
  };
}
