/**
 * Reads the FHIR resources out of a request's prefetch. A key the client left out or sent as `null` (it may
 * do so when the query failed or returned nothing it could send) is reported as missing; nothing is fetched
 * to fill it in.
 */
import type { FhirResource } from './fhir-facts.js';
import { PREFETCH_TEMPLATES } from './services.js';

/** The resources found and which prefetch keys gave nothing usable. */
export interface PrefetchContents {
  readonly resources: readonly FhirResource[];
  /** Template keys absent or `null`. */
  readonly missingKeys: readonly string[];
  /** Keys whose value is neither a FHIR resource nor a Bundle. */
  readonly unusableKeys: readonly string[];
}

function isResource(value: unknown): value is FhirResource {
  return typeof value === 'object' && value !== null && typeof (value as { resourceType?: unknown }).resourceType === 'string';
}

function resourcesOf(value: FhirResource): FhirResource[] {
  if (value.resourceType !== 'Bundle') return [value];
  const entries = Array.isArray(value['entry']) ? (value['entry'] as unknown[]) : [];
  return entries.flatMap((entry) => {
    const resource = typeof entry === 'object' && entry !== null ? (entry as { resource?: unknown }).resource : undefined;
    return isResource(resource) ? [resource] : [];
  });
}

/**
 * Collects every resource in `prefetch` (search Bundles are unpacked) and names the template keys that gave
 * nothing. Extra keys the client sends are read too.
 */
export function prefetchContents(prefetch: Readonly<Record<string, unknown>> | undefined): PrefetchContents {
  const given = prefetch ?? {};
  const missingKeys = Object.keys(PREFETCH_TEMPLATES).filter((key) => given[key] === undefined || given[key] === null);
  const unusableKeys: string[] = [];
  const resources: FhirResource[] = [];
  for (const [key, value] of Object.entries(given)) {
    if (value === null || value === undefined) continue;
    if (isResource(value)) resources.push(...resourcesOf(value));
    else unusableKeys.push(key);
  }
  return { resources, missingKeys, unusableKeys };
}
