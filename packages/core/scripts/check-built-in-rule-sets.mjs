// Part of the build: the built-in rule sets skip the loader's size and shape checks at run time, so the
// build fails unless every shipped JSON file loads through loadRuleSet to exactly the rule set the SDK
// builds from it (content hash included). Run after tsup, on what was just built.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { BUILT_IN_RULE_SET_IDS, builtInRuleSet, loadRuleSet } from '../dist/sync.js';

let failed = false;
for (const id of BUILT_IN_RULE_SET_IDS) {
  const file = `rule-sets/${id}.json`;
  try {
    const loaded = loadRuleSet(JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')), { file });
    if (!isDeepStrictEqual(builtInRuleSet(id), loaded)) {
      failed = true;
      console.error(`${file}: the built-in rule set differs from what loadRuleSet makes of the file`);
    }
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) process.exit(1);
console.log(`built-in rule sets checked: ${BUILT_IN_RULE_SET_IDS.length} load exactly as shipped`);
