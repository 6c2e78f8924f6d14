/** Shared test helpers: fixture loading and small resource builders. */
import { readFileSync } from 'node:fs';
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';

/** A fixture Bundle from test/fhir/fixtures. */
export function fixture(name: string): Bundle {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Bundle;
}

/** A liver-test Observation in the usual lab shape (UCUM units, one normal range with low and high). */
export function labObservation(o: {
  id: string;
  loinc: string;
  value: number;
  high?: number;
  unit?: string;
  rangeUnit?: string;
  effective?: string;
  status?: 'final' | 'preliminary' | 'amended';
}): Observation {
  const unit = o.unit ?? 'U/L';
  const rangeUnit = o.rangeUnit ?? unit;
  return {
    resourceType: 'Observation',
    id: o.id,
    status: o.status ?? 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
    code: { coding: [{ system: 'http://loinc.org', code: o.loinc }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: o.effective ?? '2026-03-10T08:00:00Z',
    valueQuantity: { value: o.value, unit, system: 'http://unitsofmeasure.org', code: unit },
    ...(o.high !== undefined && {
      referenceRange: [{ low: { value: 7, unit: rangeUnit, system: 'http://unitsofmeasure.org', code: rangeUnit }, high: { value: o.high, unit: rangeUnit, system: 'http://unitsofmeasure.org', code: rangeUnit } }],
    }),
  };
}

/** `bundle` with the resources for which `drop` is true removed, and `extra` bundles' resources added. */
export function combine(bundle: Bundle, drop: (r: Resource) => boolean, ...extra: Bundle[]): Resource[] {
  const own = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  return [...own.filter((r) => !drop(r)), ...extra.flatMap((b) => (b.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : [])))];
}

/** True for the ALT Observations of a fixture. */
export const isAlt = (r: Resource): boolean => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '1742-6';
