/**
 * Run settings shared by the fuzz properties: a fixed seed so CI is reproducible, a small run count by
 * default (the machine is shared), and a larger run when `FUZZ_RUNS` is set, e.g. `FUZZ_RUNS=5000`.
 */
export const FUZZ_SEED = 20261124;

/** fast-check parameters: the fixed seed, and `defaultRuns` runs unless `FUZZ_RUNS` asks for another count. */
export function fuzzParams(defaultRuns: number): { seed: number; numRuns: number } {
  const requested = process.env['FUZZ_RUNS'];
  return { seed: FUZZ_SEED, numRuns: requested === undefined ? defaultRuns : Number(requested) };
}

/** Longest a single hostile call may take. Generous: the CI machine is loaded; a hang takes far longer. */
export const CALL_BUDGET_MS = 3000;
