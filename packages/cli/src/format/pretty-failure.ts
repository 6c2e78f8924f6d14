/** The `--pretty` rendering of invalid input: one line per problem, each naming its field. */
import type { ErrorBody } from '../failure.js';

function issuesOf(body: ErrorBody): { field: string; message: string }[] {
  const issues = body['issues'];
  return Array.isArray(issues) ? (issues as { field: string; message: string }[]) : [];
}

/** Renders an error body as readable text, ending with a newline. */
export function formatPrettyFailure(body: ErrorBody): string {
  const issues = issuesOf(body);
  const lines = issues.length > 0 ? issues.map((issue) => `  * ${issue.message}`) : [`  * ${body.message}`];
  return [`Could not evaluate: ${body.code}`, ...lines, ''].join('\n');
}
