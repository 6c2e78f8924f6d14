/**
 * Run settings shared by the fuzz properties: a fixed seed so CI is reproducible, a small run count by
 * default (the machine is shared), and a larger run when `FUZZ_RUNS` is set, e.g. `FUZZ_RUNS=2000`.
 * `FUZZ_SEED` explores other inputs; a failure prints the seed and path that replay it.
 */
export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 20261124);

/** fast-check parameters: the fixed seed, and `defaultRuns` runs unless `FUZZ_RUNS` asks for another count. */
export function fuzzParams(defaultRuns: number): { seed: number; numRuns: number } {
  const requested = process.env['FUZZ_RUNS'];
  return { seed: FUZZ_SEED, numRuns: requested === undefined ? defaultRuns : Number(requested) };
}

/** Longest a single hostile call may take. Generous: the CI machine is loaded; a hang takes far longer. */
export const CALL_BUDGET_MS = 3000;

/** A property's time limit: the suite's usual 60 s in CI, an hour when `FUZZ_RUNS` asks for a big run. */
export const FUZZ_TEST_TIMEOUT_MS = process.env['FUZZ_RUNS'] === undefined ? 60_000 : 3_600_000;
