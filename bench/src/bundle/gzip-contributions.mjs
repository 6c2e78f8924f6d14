// What each part of the core adds to the gzipped browser bundle. gzip is not additive, so each part is
// measured by removal: the same bundle is built from the core's TypeScript sources with that part's
// modules replaced by an empty stub, and the difference to the full bundle is the part's contribution.
// Parts overlap nothing but are not independent (removing two saves about, not exactly, the sum).
//
//   node src/bundle/gzip-contributions.mjs [path/to/packages/core] [--all-exports]
//
// Without --all-exports the entry is the goal's: every value export of the sync entry except the
// custom-rule-set loader (see browser-entries.ts); the export list is read from the built dist/sync.js.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const coreDir = resolve(args.find((a) => !a.startsWith('--')) ?? '../packages/core');
const allExports = args.includes('--all-exports');
const CUSTOM_RULE_SET_EXPORTS = ['loadRuleSet', 'ruleSetSchema', 'DEFAULT_RULE_SET_LIMITS', 'MAX_CONDITION_DEPTH_CEILING'];
const syncSource = `${coreDir}/src/sync.ts`;
const names = Object.keys(await import(`${coreDir}/dist/sync.js`)).filter((n) => !CUSTOM_RULE_SET_EXPORTS.includes(n));
const entry = allExports ? `export * from ${JSON.stringify(syncSource)};` : `export { ${names.join(', ')} } from ${JSON.stringify(syncSource)};`;

const PARTS = {
  'English messages (en.json)': ['messages/en.json'],
  'Spanish messages (es.json)': ['messages/es.json'],
  'built-in rule-set JSON': ['rule-sets/naltrexone-candidacy.json', 'rule-sets/cows.json', 'rule-sets/overdose-risk.json', 'rule-sets/relapse-warnings.json', 'rule-sets/urgent-help.json', 'rule-sets/waiting-period.json'],
  'zod (all of it)': ['node_modules/zod/', '/zod/'],
  'rule-set zod schema (src/rule-set/schema.ts)': ['src/rule-set/schema.ts'],
  'loader checks (semantic issues, limits, zod issue paths)': ['src/rule-set/semantic-issues.ts', 'src/rule-set/check-leaf.ts', 'src/rule-set/check-named-conditions.ts', 'src/limits/check-rule-set-limits.ts', 'src/rule-set/zod-issues.ts'],
  'fix hints': ['src/rule-set/fix-hints.ts'],
  'content hash (sha256)': ['src/rule-set/sha256.ts'],
  'lint': ['src/lint/'],
  'ts-pattern': ['ts-pattern'],
  // Where the facts schema is zod's only user, removing it removes zod too.
  'facts schema (src/facts/schema.ts)': ['src/facts/schema.ts'],
  'fact vocabularies (facts + derived)': ['src/facts/vocabulary.ts', 'src/derive/derived-vocabulary.ts'],
  'emergency content': ['src/emergency/'],
  'time': ['src/time/'],
};

async function size(stubs) {
  const stub = {
    name: 'stub',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (a) => {
        const full = a.path.startsWith('.') ? resolve(a.resolveDir, a.path) : a.path;
        const asTs = full.replace(/\.js$/, '.ts');
        if (stubs.some((s) => full.includes(s) || asTs.includes(s))) return { path: full, namespace: 'stub' };
        return undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
  const result = await build({
    stdin: { contents: entry, resolveDir: coreDir, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, outdir: 'out', plugins: [stub], logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  return { min: js.byteLength, gzip: gzipSync(js, { level: 9 }).byteLength };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const full = await size([]);
console.log(`${allExports ? 'export *' : 'goal entry'} from ${syncSource}: ${kb(full.min)} min, ${kb(full.gzip)} gzip\n`);
console.log('| part | min | gzip |\n| --- | ---: | ---: |');
for (const [part, stubs] of Object.entries(PARTS)) {
  const without = await size(stubs);
  // Not in this bundle: the stub's own few bytes make the difference zero or negative.
  if (without.min >= full.min) continue;
  console.log(`| ${part} | ${kb(full.min - without.min)} | ${kb(full.gzip - without.gzip)} |`);
}
