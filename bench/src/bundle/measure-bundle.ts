/**
 * Measures what a browser app downloads for the core's synchronous entry: esbuild bundles a tiny entry that
 * re-exports from `@recovery-rules/core/sync` (see browser-entries.ts: the goal's runtime exports, or every
 * export), with minify and code splitting, as an app's bundler would. Only chunks reached by static
 * imports count; lazily imported chunks are listed apart. Sizes are per chunk, gzip level 9, summed (as
 * size-limit does).
 */
import { build, type Metafile } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { BrowserEntry } from './browser-entries.js';

/** Size of one output chunk. */
export interface ChunkSize {
  readonly file: string;
  readonly minBytes: number;
  readonly gzipBytes: number;
}

/** The measured bundle. */
export interface BundleReport {
  /** Which entry was bundled, in words. */
  readonly entry: string;
  /** Chunks reached from the entry by static imports, entry first. */
  readonly staticChunks: readonly ChunkSize[];
  /** Chunks reached only through `import()`. */
  readonly lazyChunks: readonly ChunkSize[];
  readonly staticMinBytes: number;
  readonly staticGzipBytes: number;
  /** Minified bytes per package in the static graph, largest first. */
  readonly byPackage: readonly (readonly [string, number])[];
  /** Packages found only in lazily imported chunks. */
  readonly lazyPackages: readonly string[];
  /** Packages found in the static graph that must never be there (json-rules-engine and its deps). */
  readonly forbiddenPresent: readonly string[];
}

/** Packages the synchronous entry must never pull in statically: json-rules-engine and its dependencies. */
export const FORBIDDEN_IN_SYNC_ENTRY = ['json-rules-engine', 'jsonpath-plus', 'hash-it', 'eventemitter2', 'clone'] as const;

/** The package an input path belongs to: the last node_modules segment, or the workspace package. */
export function packageOfInput(input: string): string {
  const parts = input.split('/');
  const last = parts.lastIndexOf('node_modules');
  if (last >= 0) {
    const first = parts[last + 1] ?? input;
    return first.startsWith('@') ? `${first}/${parts[last + 2] ?? ''}` : first;
  }
  if (input.includes('packages/core/')) return '@recovery-rules/core';
  return input;
}

function staticGraph(metafile: Metafile, entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return reached;
}

/**
 * Bundles a browser entry into `outdir/<entry name>` (written, so size-limit can read the static chunks
 * from its `static/` folder).
 */
export async function measureBundle(outdir: string, browserEntry: BrowserEntry): Promise<BundleReport> {
  outdir = join(outdir, browserEntry.name);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    stdin: { contents: browserEntry.contents, resolveDir: process.cwd(), sourcefile: 'browser-entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(outdir, 'all'),
    entryNames: 'entry',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const contents = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
  const entry = Object.keys(result.metafile.outputs).find((file) => result.metafile.outputs[file]?.entryPoint !== undefined);
  if (!entry) throw new Error('esbuild produced no entry chunk');
  const reached = staticGraph(result.metafile, entry);
  const sizeOf = (file: string): ChunkSize => {
    const bytes = contents.get(file) ?? new Uint8Array();
    return { file, minBytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
  };
  const jsOutputs = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
  const staticChunks = [...reached].map(sizeOf);
  const lazyChunks = jsOutputs.filter((file) => !reached.has(file)).map(sizeOf);
  mkdirSync(join(outdir, 'static'), { recursive: true });
  for (const file of reached) writeFileSync(join(outdir, 'static', file.split('/').pop() ?? file), contents.get(file) ?? '');
  const bytesByPackage = (files: Iterable<string>): Map<string, number> => {
    const sizes = new Map<string, number>();
    for (const file of files) {
      for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[file]?.inputs ?? {})) {
        if (bytesInOutput === 0) continue;
        const name = packageOfInput(input);
        sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
      }
    }
    return sizes;
  };
  const byPackage = bytesByPackage(reached);
  const lazyPackages = [...bytesByPackage(lazyChunks.map((c) => c.file)).keys()].filter((name) => !byPackage.has(name));
  return {
    entry: browserEntry.description,
    staticChunks,
    lazyChunks,
    staticMinBytes: staticChunks.reduce((sum, c) => sum + c.minBytes, 0),
    staticGzipBytes: staticChunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    byPackage: [...byPackage.entries()].sort((a, b) => b[1] - a[1]),
    lazyPackages,
    forbiddenPresent: FORBIDDEN_IN_SYNC_ENTRY.filter((name) => byPackage.has(name)),
  };
}

/**
 * Where the core's own bytes go: the same browser bundle built from the core's TypeScript sources, with the
 * minified bytes of each source folder (and the rule-set JSON) from esbuild's metafile. Dependencies are
 * left out; this answers what shrinking the core itself could save.
 */
export async function coreSourceBreakdown(): Promise<[string, number][]> {
  const coreDir = createRequire(import.meta.url).resolve('@recovery-rules/core/package.json').replace(/package\.json$/, '');
  const result = await build({
    entryPoints: [join(coreDir, 'src', 'sync.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    outdir: 'out',
    external: ['zod', 'zod/*', 'ts-pattern', 'json-rules-engine'],
    logLevel: 'silent',
  });
  const sizes = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inCore = input.slice(input.lastIndexOf('core/') + 'core/'.length);
      const group = inCore.endsWith('.json') ? `${inCore.split('/').slice(0, -1).join('/')}/*.json` : inCore.split('/').slice(0, 2).join('/');
      sizes.set(group, (sizes.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes.entries()].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}
