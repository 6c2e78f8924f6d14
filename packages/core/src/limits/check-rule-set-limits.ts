/** The limit checks that run on a raw rule-set file before anything parses it recursively. */
import type { LimitIssue } from './limit-issue.js';
import type { RuleSetLimits } from './rule-set-limits.js';
import { scanConditions } from './scan-conditions.js';
import { scanJsonShape } from './scan-json-shape.js';

/**
 * Every way the file exceeds `limits`; empty when it is within all of them. The condition checks run first
 * because their messages say more (they count nesting as conditions and expand named conditions).
 */
export function checkRuleSetLimits(json: unknown, limits: RuleSetLimits): LimitIssue[] {
  const conditions = scanConditions(json, limits);
  return conditions.length > 0 ? conditions : scanJsonShape(json, limits);
}
