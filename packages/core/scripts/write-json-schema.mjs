// Regenerates schema/rule-set.schema.json from the zod schema. Run `pnpm --filter @recovery-rules/core schema`.
import { writeFileSync } from 'node:fs';
import { ruleSetJsonSchema } from '../dist/index.js';

const target = new URL('../schema/rule-set.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
