/**
 * Observations that carry results in `component` (a urine drug panel reported as one resource, for example):
 * each component is read as an Observation of its own, with the parent's id, status and time, and its
 * provenance path says which component it was.
 */
import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import type { FhirSource } from '../mapping/mapping-types.js';
import { sourceOf } from '../mapping/source-of.js';

/** The element path of each component view, keyed by the view object itself. */
const componentPaths = new WeakMap<Observation, string>();

function componentView(parent: Observation, component: ObservationComponent, index: number): Observation {
  const { component: _components, referenceRange: _range, interpretation: _interpretation, dataAbsentReason: _absent, ...shared } = parent;
  const valueKeys = Object.keys(shared).filter((key) => key.startsWith('value'));
  const base = Object.fromEntries(Object.entries(shared).filter(([key]) => !valueKeys.includes(key))) as Omit<Observation, `value${string}`>;
  const view: Observation = { ...base, ...component } as Observation;
  componentPaths.set(view, `component[${index}]`);
  return view;
}

/** The Observation itself, followed by one view per component. */
export function observationParts(observation: Observation): Observation[] {
  return [observation, ...(observation.component ?? []).map((c, i) => componentView(observation, c, i))];
}

/** The provenance record for `path` within `observation` (or within the component it is a view of). */
export function observationSource(observation: Observation, path: string): FhirSource {
  const prefix = componentPaths.get(observation);
  return sourceOf(observation, prefix === undefined ? path : `${prefix}.${path}`);
}
