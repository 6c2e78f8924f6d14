import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSetJsonSchema } from '../../src/index.js';

const committed = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

describe('the committed JSON Schema of rule-set files', () => {
  it('equals the schema generated from zod (run `pnpm --filter @recovery-rules/core schema` after changing it)', () => {
    expect(committed('schema/rule-set.schema.json')).toBe(`${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
  });

  it('offers every known fact and operator for completion in editors', () => {
    const text = committed('schema/rule-set.schema.json');
    for (const name of ['selfHarmThoughts', 'waitingPeriodStatus', 'isUnknown', 'greaterThanInclusive']) expect(text).toContain(`"${name}"`);
  });

  it.each(['naltrexone-candidacy', 'waiting-period', 'urgent-help', 'relapse-warnings'])('is referenced by %s.json', (id) => {
    const file = JSON.parse(committed(`rule-sets/${id}.json`)) as { $schema?: string };
    expect(file.$schema).toBe('../schema/rule-set.schema.json');
  });
});
