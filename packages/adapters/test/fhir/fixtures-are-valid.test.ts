import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fhirSchemaErrors } from './fhir-schema.js';
import { fixture } from './helpers.js';

const names = readdirSync(new URL('./fixtures/', import.meta.url)).filter((n) => n.endsWith('.json'));

describe('the fixture Bundles are themselves valid FHIR R4', () => {
  it('there are fixtures to check', () => expect(names.length).toBeGreaterThanOrEqual(10));
  it.each(names)('%s', (name) => {
    const bundle = fixture(name);
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    for (const entry of bundle.entry ?? []) expect(fhirSchemaErrors(entry.resource)).toEqual([]);
  });
});
