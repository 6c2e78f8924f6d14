// The smallest complete embedding of recovery-rules: read a person's facts, evaluate one rule set with its
// explanation, then assess everything at once. Run: node index.mjs [facts.json]
import { readFile } from 'node:fs/promises';
import { assessSync, evaluate } from '@recovery-rules/core';

const file = process.argv[2] ?? new URL('./patient.json', import.meta.url);
const facts = JSON.parse(await readFile(file, 'utf8')); // facts left out are unknown, never "no"

// One rule set, fully explained.
const result = await evaluate('naltrexone-candidacy', facts);
console.log(`Naltrexone candidacy: ${result.outcome}`);
if (result.earliestStartDate) console.log(`  earliest start ${result.earliestStartDate}, usual start ${result.recommendedStartDate}`);
for (const message of result.messages) console.log(`  - ${message.summary} [${message.ruleId ?? 'outcome'}]`);
if (result.missingFacts.length > 0) console.log(`  still needed: ${result.missingFacts.join(', ')}`);

// Every rule set at once, synchronously: the most urgent message first, and the emergency screen when needed.
const report = assessSync(facts, { region: 'US', locale: 'en' });
console.log(`\nMost urgent (${report.urgency}): ${report.messages[0]?.summary ?? 'no messages'}`);
if (report.emergency) {
  console.log(`Call ${report.emergency.contacts.emergencyNumber} now:`);
  for (const step of report.emergency.steps) console.log(`  ${step.order}. ${step.text}`);
}
console.log(`\n${report.disclaimer}`);
