/** The text of `recovery-rules --help`. It documents the command-line contract of design.md. */
export const USAGE = `Usage:
  recovery-rules evaluate <ruleSetId> [file|-] [--pretty] [--region CC] [--locale en|es] [--fentanyl-policy P]
  recovery-rules evaluate <ruleSetId> --ndjson [file|-] [--no-trace] [--region CC] [--locale en|es] [--fentanyl-policy P]
  recovery-rules assess [file|-] [--pretty | --ndjson [--summary] [--workers N|auto]] [--no-trace] [--region CC] [--locale en|es] [--fentanyl-policy P]
  recovery-rules validate <file> [file ...]
  recovery-rules docs <ruleSetId|file> [--format md|html]
  recovery-rules lint <ruleSetId|file> [...]
  recovery-rules test <dir|file> [dir|file ...] [--require-full-coverage]
  recovery-rules list [--pretty]
  recovery-rules help | --help | -h
  recovery-rules --version

Commands:
  evaluate   Evaluate one built-in rule set. Facts are a JSON object in the SDK's fact vocabulary,
             read from <file>, or from standard input when the file is "-" or left out.
             Prints the evaluation result as one line of JSON.
  assess     Run all six rule sets on the same facts and print one combined report: each rule set's
             result, every message with the most urgent first, the facts to ask next, the emergency
             number and steps when urgent help calls for them, and the disclaimer.
  validate   Check rule-set files with every loader check and print each problem as
             file:line:column: message (at /json/pointer). Exit 1 if any file has a problem.
  lint       Find rules that are valid but probably wrong: rules that can never fire, thresholds a
             fact can never reach, outcomes no rule produces, rules without a message. Exit 1 on
             any finding.
  docs       Print a rule set as a document for clinical review and sign-off: version, content hash,
             outcomes, optional facts, and every rule as a sentence in a decision table with its
             sources and message. Markdown by default, or a standalone HTML page.
  test       Run clinical test cases: each *.json test file (directories are searched recursively)
             names a rule set (a built-in id, or a rule-set file relative to the test file) and cases
             of facts with the expected outcome and, optionally, rules that must or must not fire,
             missing facts, flags, start dates and COWS total. Prints each case (a failing one with
             expected vs actual), then which rules no case fired, per rule set. Exit 0 when every
             case passes, 1 when a case fails or a test file is invalid, 2 for a usage error.
  list       List the built-in rule sets with their versions and outcomes (JSON; a table with --pretty).
  help       Show this text.

Options:
  --ndjson               Read one facts object per line and print one result per line, in input order.
                         Blank lines are skipped and print nothing, so output line N answers the N-th
                         non-blank input line. A line that is not valid JSON or not valid facts prints
                         {"error": {..., "line": <input line number>}} in its place, and the rest go on.
  --workers N|auto       For assess --ndjson: assess in N worker threads (auto: one per core; 1: in this
                         thread). Output is identical whatever N: same lines, same order. Left out, a
                         file of 1 MiB or more uses one thread per core and anything else one thread.
  --summary              For assess --ndjson: print one compact line per patient instead of the full
                         report (a few hundred bytes instead of tens of kilobytes):
                         {"line": N, "urgency": U, "results": {"<rule set>": {"outcome", "firedRules",
                         "flags", "unknownRules", "missingFacts"[, COWS "total", "minTotal",
                         "maxTotal", "complete", "invalidFacts"][, "earliestStartAt",
                         "recommendedStartAt"]}, ...}}. No messages, emergency steps or traces: use the
                         full report to show a person what to do. Bad lines print the same error line.
  --no-trace             For evaluate and assess (not --pretty): leave each rule's condition trace out of
                         results. Outcomes, fired rules, missing facts and messages are unchanged; the
                         output is roughly 40% shorter and faster to produce in batches.
  --pretty               Print a readable explanation instead of JSON: outcome, messages, dates,
                         fired and undecided rules with their sources and condition traces, and the
                         facts worth asking next. Not combinable with --ndjson.
  --fentanyl-policy P    "extend" (default; short-acting use with possible fentanyl gets the 10-14 day
                         window) or "label-only" (the labelled 7-10 days). A clinician's decision.
  --region CC            ISO 3166 region for the emergency number and crisis line in messages, e.g.
                         US (911, 988), GB (999), DE (112). Without it, messages say "911 (or your local
                         emergency number)" and describe 988 as US-only.
  --locale en|es         Language of messages (and, for assess, of the emergency steps and disclaimer).
  --require-full-coverage
                         For test: also exit 1 when any rule of a tested rule set was fired by no case.
  -h, --help             Show this text.
  -v, --version          Print the version.

Exit codes:
  0  evaluated (every line, in --ndjson mode)
  1  invalid input: the JSON error on stdout names the field (code "invalid-facts") or the parse problem
     (code "invalid-json"); with --ndjson, 1 after all lines were processed if any line was bad
  2  usage error: unknown command, rule set id or option, or a file that cannot be read (stderr only)
  3  internal error in the SDK (please report it)

Examples:
  recovery-rules evaluate naltrexone-candidacy patient.json
  cat patient.json | recovery-rules evaluate urgent-help --pretty
  recovery-rules evaluate waiting-period --ndjson cases.ndjson > results.ndjson
  recovery-rules assess patient.json --pretty --region US
  recovery-rules assess --ndjson --summary --workers auto patients.ndjson > summaries.ndjson
  recovery-rules validate my-rules/*.json
`;
