/** Parses one facts text and runs it, turning every problem into a {@link Failure} instead of a throw. */
import { failureOf, type Failure } from './failure.js';
import { parseJson } from './parse-json.js';

/** Runs parsed facts: an evaluation of one rule set, or a whole assessment. */
export type Runner<T> = (facts: unknown) => Promise<T>;

/** The result of one input: the core's answer as is, or why there is none. */
export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly failure: Failure };

/** Runs facts given as JSON text. */
export async function runText<T>(run: Runner<T>, text: string): Promise<Outcome<T>> {
  try {
    return { ok: true, result: await run(parseJson(text)) };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
