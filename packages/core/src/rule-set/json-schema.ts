import * as z from 'zod';
import { ruleSetSchema } from './schema.js';

/**
 * The JSON Schema of rule-set files, generated from the zod schema (the single source of truth). The
 * committed `schema/rule-set.schema.json` must equal this; a test checks it.
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ruleSetSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://recovery-rules.dev/schema/rule-set.schema.json',
    title: 'recovery-rules rule set',
  };
}
