/**
 * The default FHIR mapping: `factsFromFhir` from `./fhir`, with its default age limits. The prefetch has already
 * been unpacked into plain resources, which is one of the inputs `factsFromFhir` accepts.
 */
import type { Resource } from '@medplum/fhirtypes';
import { factsFromFhir } from '../fhir/index.js';
import type { FhirFactsMapper } from './fhir-facts.js';

/** `factsFromFhir` as a {@link FhirFactsMapper}. */
export const defaultFactsMapper: FhirFactsMapper = (resources, { evaluatedAt, subject }) =>
  factsFromFhir(resources as unknown as readonly Resource[], { evaluatedAt, subject });
