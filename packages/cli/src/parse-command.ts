/**
 * Turns argv into one command, with node:util's parseArgs (strict: an unknown option is a usage error).
 * Each command then accepts only the options that mean something to it.
 */
import { parseArgs } from 'node:util';
import type { FentanylPolicy } from '@recovery-rules/core';
import { UsageError } from './usage-error.js';

/** How evaluate and assess run: output mode and the settings passed to the core. */
export interface RunSettings {
  readonly mode: 'single' | 'ndjson';
  readonly pretty: boolean;
  readonly fentanylPolicy?: FentanylPolicy;
  readonly region?: string;
  readonly locale?: 'en' | 'es';
  /** False with `--no-trace`: results leave out each rule's condition trace (smaller, faster output). */
  readonly trace: boolean;
}

/** What the command line asked for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'list'; readonly pretty: boolean }
  /** `source` is a file path, or `-` for standard input. */
  | (RunSettings & { readonly kind: 'evaluate'; readonly ruleSetId: string; readonly source: string })
  /**
   * `workers`: threads for `--ndjson` (a count or `auto`); left out, the input's size decides. `summary`:
   * with `--ndjson`, one compact line per patient instead of the full report.
   */
  | (RunSettings & { readonly kind: 'assess'; readonly source: string; readonly workers?: number | 'auto'; readonly summary: boolean })
  | { readonly kind: 'validate'; readonly files: readonly string[] }
  | { readonly kind: 'lint'; readonly targets: readonly string[] }
  | { readonly kind: 'docs'; readonly target: string; readonly format: 'md' | 'html' }
  /** `paths` are test files and directories of them. */
  | { readonly kind: 'test'; readonly paths: readonly string[]; readonly requireFullCoverage: boolean };

const OPTIONS = {
  ndjson: { type: 'boolean' },
  pretty: { type: 'boolean' },
  'fentanyl-policy': { type: 'string' },
  region: { type: 'string' },
  locale: { type: 'string' },
  workers: { type: 'string' },
  'no-trace': { type: 'boolean' },
  summary: { type: 'boolean' },
  format: { type: 'string' },
  'require-full-coverage': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function reject(values: Values, command: string, names: readonly (keyof Values)[]): void {
  const given = names.filter((name) => values[name] !== undefined);
  if (given.length > 0) throw new UsageError(`"${command}" does not take --${given.join(', --')}`);
}

function fentanylPolicy(value: string | undefined): FentanylPolicy | undefined {
  if (value === undefined || value === 'extend' || value === 'label-only') return value;
  throw new UsageError(`--fentanyl-policy must be "extend" or "label-only", not "${value}"`);
}

function locale(value: string | undefined): 'en' | 'es' | undefined {
  if (value === undefined || value === 'en' || value === 'es') return value;
  throw new UsageError(`--locale must be "en" or "es", not "${value}"`);
}

function region(value: string | undefined): string | undefined {
  if (value === undefined || /^[A-Z]{2}$/.test(value)) return value;
  throw new UsageError(`--region must be a two-letter ISO 3166 code such as US or GB, not "${value}"`);
}

/** The options evaluate and assess share: output mode, and the settings passed to the core. */
function runSettings(values: Values): RunSettings {
  if (values.format !== undefined) throw new UsageError('--format is for "docs" only');
  const mode = values.ndjson ? 'ndjson' : 'single';
  if (mode === 'ndjson' && values.pretty) throw new UsageError('--pretty cannot be combined with --ndjson');
  const policy = fentanylPolicy(values['fentanyl-policy']);
  const chosenRegion = region(values.region);
  const chosenLocale = locale(values.locale);
  if (values['no-trace'] && values.pretty) throw new UsageError('--no-trace cannot be combined with --pretty, which shows the trace');
  return {
    mode,
    pretty: values.pretty ?? false,
    trace: !values['no-trace'],
    ...(policy && { fentanylPolicy: policy }),
    ...(chosenRegion && { region: chosenRegion }),
    ...(chosenLocale && { locale: chosenLocale }),
  };
}

/** Most threads `--workers` accepts: far beyond any gain, low enough to catch a typo such as 1000. */
const MAX_WORKERS = 64;

function workers(value: string | undefined, ndjson: boolean): number | 'auto' | undefined {
  if (value === undefined) return undefined;
  if (!ndjson) throw new UsageError('--workers is for "assess --ndjson" only');
  if (value === 'auto') return value;
  const count = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (count >= 1 && count <= MAX_WORKERS) return count;
  throw new UsageError(`--workers must be "auto" or a whole number from 1 to ${MAX_WORKERS}, not "${value}"`);
}

function assessCommand(values: Values, args: readonly string[]): Command {
  const [source = '-', ...extra] = args;
  if (extra.length > 0) throw new UsageError(`"assess" reads one file; unexpected argument "${extra[0]}"`);
  const threads = workers(values.workers, values.ndjson ?? false);
  if (values.summary && !values.ndjson) throw new UsageError('--summary is for "assess --ndjson" only');
  return { kind: 'assess', source, ...runSettings(values), summary: values.summary ?? false, ...(threads !== undefined && { workers: threads }) };
}

function evaluateCommand(values: Values, args: readonly string[]): Command {
  if (values.workers !== undefined) throw new UsageError('--workers is for "assess --ndjson" only');
  if (values.summary !== undefined) throw new UsageError('--summary is for "assess --ndjson" only');
  const [ruleSetId, source = '-', ...extra] = args;
  if (ruleSetId === undefined) throw new UsageError('"evaluate" needs a rule set id, e.g. recovery-rules evaluate urgent-help facts.json');
  if (extra.length > 0) throw new UsageError(`"evaluate" reads one file; unexpected argument "${extra[0]}"`);
  return { kind: 'evaluate', ruleSetId, ...runSettings(values), source };
}

/**
 * Parses the arguments after the program name.
 * @throws {@link UsageError} for an unknown command or option, or a missing or extra argument.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.help || name === 'help') return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values['require-full-coverage'] !== undefined && name !== 'test') throw new UsageError('--require-full-coverage is for "test" only');
  switch (name) {
    case 'evaluate':
      return evaluateCommand(values, args);
    case 'assess':
      return assessCommand(values, args);
    case 'docs': {
      reject(values, 'docs', ['ndjson', 'pretty', 'fentanyl-policy', 'region', 'locale', 'workers', 'no-trace', 'summary']);
      const [target, ...extra] = args;
      if (target === undefined || extra.length > 0) throw new UsageError('"docs" takes one rule set id or file');
      const format = values.format ?? 'md';
      if (format !== 'md' && format !== 'html') throw new UsageError(`--format must be "md" or "html", not "${format}"`);
      return { kind: 'docs', target, format };
    }
    case 'lint':
      reject(values, 'lint', ['ndjson', 'pretty', 'fentanyl-policy', 'region', 'locale', 'workers', 'no-trace', 'format', 'summary']);
      return { kind: 'lint', targets: args };
    case 'validate':
      reject(values, 'validate', ['ndjson', 'pretty', 'fentanyl-policy', 'region', 'locale', 'workers', 'no-trace', 'format', 'summary']);
      return { kind: 'validate', files: args };
    case 'test':
      reject(values, 'test', ['ndjson', 'pretty', 'fentanyl-policy', 'region', 'locale', 'workers', 'no-trace', 'format', 'summary']);
      return { kind: 'test', paths: args, requireFullCoverage: values['require-full-coverage'] ?? false };
    case 'list':
      reject(values, 'list', ['ndjson', 'fentanyl-policy', 'region', 'locale', 'format', 'workers', 'no-trace', 'summary']);
      if (args.length > 0) throw new UsageError(`"list" takes no arguments; unexpected "${args[0]}"`);
      return { kind: 'list', pretty: values.pretty ?? false };
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}
