/** The part of json-logic-js (which ships no types) that the benchmarks use. */
declare module 'json-logic-js' {
  const jsonLogic: {
    /** Evaluates a JsonLogic expression against data. */
    apply(logic: unknown, data?: unknown): unknown;
  };
  export default jsonLogic;
}
