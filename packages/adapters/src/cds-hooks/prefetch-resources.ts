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
  /**
   * Keys holding only part of an answer (a search Bundle with a `next` page or fewer entries than its
   * `total`) or a failed query (an OperationOutcome). Their resources are not used: a negative read from
   * part of the results could hide the positive on another page, while an unknown fact never reassures.
   */
  readonly partialKeys: readonly string[];
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

/** True when a prefetch value is not the whole answer to its query. */
function isPartial(value: FhirResource): boolean {
  if (value.resourceType === 'OperationOutcome') return true;
  if (value.resourceType !== 'Bundle') return false;
  const links = Array.isArray(value['link']) ? (value['link'] as { relation?: unknown }[]) : [];
  const entries = Array.isArray(value['entry']) ? value['entry'].length : 0;
  return links.some((link) => link?.relation === 'next') || (typeof value['total'] === 'number' && value['total'] > entries);
}

/**
 * Collects every resource in `prefetch` (search Bundles are unpacked) and names the template keys that gave
 * nothing. Extra keys the client sends are read too.
 */
export function prefetchContents(prefetch: Readonly<Record<string, unknown>> | undefined): PrefetchContents {
  const given = prefetch ?? {};
  const missingKeys = Object.keys(PREFETCH_TEMPLATES).filter((key) => given[key] === undefined || given[key] === null);
  const unusableKeys: string[] = [];
  const partialKeys: string[] = [];
  const resources: FhirResource[] = [];
  for (const [key, value] of Object.entries(given)) {
    if (value === null || value === undefined) continue;
    if (!isResource(value)) unusableKeys.push(key);
    else if (isPartial(value)) partialKeys.push(key);
    else resources.push(...resourcesOf(value));
  }
  return { resources, missingKeys, unusableKeys, partialKeys };
}
