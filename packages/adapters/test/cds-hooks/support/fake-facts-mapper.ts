/**
 * A test double of the FHIR mapping, for unit tests of the CDS Hooks code only (integration tests use the real
 * `factsFromFhir`). It reads facts from FHIR `Parameters` resources: each parameter's name is a fact and its
 * `valueString` the value, so a test states facts plainly. It records every call.
 */
import { PREFETCH_TEMPLATES, type FhirFactsMapper, type FhirResource } from '../../../src/cds-hooks/index.js';

export interface RecordingMapper extends FhirFactsMapper {
  readonly calls: { resources: readonly FhirResource[]; evaluatedAt: string }[];
}

export function fakeFactsMapper(problems: { kind: 'stale' | 'conflict' | 'invalid'; fact?: string; message: string }[] = []): RecordingMapper {
  const calls: RecordingMapper['calls'] = [];
  const mapper: FhirFactsMapper = (resources, { evaluatedAt }) => {
    calls.push({ resources, evaluatedAt });
    const facts: Record<string, unknown> = { evaluatedAt };
    for (const resource of resources) {
      if (resource.resourceType !== 'Parameters') continue;
      for (const p of (resource['parameter'] ?? []) as { name: string; valueString: string }[]) facts[p.name] = p.valueString;
    }
    return { facts, problems };
  };
  return Object.assign(mapper, { calls });
}

/**
 * A complete prefetch, as a well-behaved EHR sends it (every key answered, empty searches as empty Bundles),
 * whose `observations` key carries the given facts through {@link fakeFactsMapper}.
 */
export function prefetchWithFacts(facts: Record<string, string>): Record<string, unknown> {
  const empty = Object.fromEntries(Object.keys(PREFETCH_TEMPLATES).map((key) => [key, { resourceType: 'Bundle', type: 'searchset', entry: [] }]));
  return {
    ...empty,
    patient: { resourceType: 'Patient', id: 'p1' },
    observations: {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: { resourceType: 'Parameters', parameter: Object.entries(facts).map(([name, valueString]) => ({ name, valueString })) } }],
    },
  };
}

export const EVALUATED_AT = '2026-11-24T06:00:00.000Z';
export const fixedNow = () => new Date(EVALUATED_AT);

let counter = 0;
/** Deterministic card uuids. */
export const sequentialUuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
