/**
 * MedicationStatement and MedicationRequest to facts. Only current medicines count (status active, and no
 * effective period that has already ended). Each recognised medicine proposes:
 * - methadone → currentOpioidAgonistTreatment = methadone;
 * - buprenorphine → currentOpioidAgonistTreatment = buprenorphine, and for a depot form an opioidExposures
 *   entry of type depot-buprenorphine (last use unknown: the drug stays for weeks);
 * - naltrexone → onNaltrexone = oral or xr-injection (an unknown form is reported, not guessed);
 * - an opioid analgesic → currentOrAnticipatedOpioidAnalgesicNeed = yes;
 * - a benzodiazepine together with any current opioid → sedativeCoUseWithOpioids = yes.
 * Nothing here ever sets a reassuring value ("none", "no"): a missing prescription is not evidence.
 */
import type { CodeableConcept, Medication, MedicationRequest, MedicationStatement, Resource } from '@medplum/fhirtypes';
import { emptyPart, type MappingPart } from '../mapping/fact-candidate.js';
import { earliestInstantOf } from '../mapping/fhir-time.js';
import type { FhirSource } from '../mapping/mapping-types.js';
import { sourceOf } from '../mapping/source-of.js';
import { unmappedCodes } from '../mapping/unmapped.js';
import { classifyMedication, type MedicationClass } from './classify-medication.js';
import type { MedicationGroup } from './medication-codes.js';

type MedicationUse = MedicationStatement | MedicationRequest;

const OPIOID_GROUPS: readonly MedicationGroup[] = ['methadone', 'buprenorphine', 'opioid-analgesic'];

/** The Medication a use refers to: contained (`#id`) or elsewhere in the input (`Medication/id`). */
function referencedMedication(use: MedicationUse, all: readonly Resource[]): Medication | undefined {
  const ref = use.medicationReference?.reference;
  if (ref === undefined) return undefined;
  if (ref.startsWith('#')) return use.contained?.find((r): r is Medication => r.resourceType === 'Medication' && r.id === ref.slice(1));
  return all.find((r): r is Medication => r.resourceType === 'Medication' && `Medication/${r.id}` === ref);
}

function formTexts(use: MedicationUse, medication: Medication | undefined): string[] {
  const dosages = use.resourceType === 'MedicationStatement' ? use.dosage : use.dosageInstruction;
  const concepts: (CodeableConcept | undefined)[] = [medication?.form, ...(dosages ?? []).map((d) => d.route)];
  return concepts.flatMap((c) => [c?.text, ...(c?.coding ?? []).map((x) => x.display)]).filter((t): t is string => t !== undefined);
}

function isCurrent(use: MedicationUse, evaluatedAtMs: number): boolean {
  if (use.status !== 'active') return false;
  const end = use.resourceType === 'MedicationStatement' ? earliestInstantOf(use.effectivePeriod?.end) : undefined;
  return end === undefined || end >= evaluatedAtMs;
}

/** Maps every MedicationStatement and MedicationRequest. */
export function mapMedications(uses: readonly MedicationUse[], all: readonly Resource[], evaluatedAtMs: number): MappingPart {
  const part = emptyPart();
  const opioidSources: FhirSource[] = [];
  const benzoSources: FhirSource[] = [];
  for (const use of uses) {
    const medication = referencedMedication(use, all);
    const concept = use.medicationCodeableConcept ?? medication?.code;
    const path = use.medicationCodeableConcept ? 'medicationCodeableConcept' : 'medicationReference.code';
    const found: MedicationClass | undefined = classifyMedication(concept, path, formTexts(use, medication));
    if (!found) {
      part.unmapped.push(...unmappedCodes(use, concept));
      continue;
    }
    if (!isCurrent(use, evaluatedAtMs)) continue;
    const source = sourceOf(use, found.path);
    const propose = (fact: string, value: unknown): void => void part.candidates.push({ fact, value, source });
    if (found.groups.has('methadone')) propose('currentOpioidAgonistTreatment', 'methadone');
    if (found.groups.has('buprenorphine')) {
      propose('currentOpioidAgonistTreatment', 'buprenorphine');
      if (found.depot) propose('opioidExposures', { type: 'depot-buprenorphine' });
    }
    if (found.groups.has('opioid-analgesic')) propose('currentOrAnticipatedOpioidAnalgesicNeed', 'yes');
    if (found.groups.has('naltrexone')) {
      const injected = found.depot || found.injection;
      if (injected && !found.oral) propose('onNaltrexone', 'xr-injection');
      else if (found.oral && !injected) propose('onNaltrexone', 'oral');
      else part.problems.push({ kind: 'incomplete', fact: 'onNaltrexone', message: `${source.reference} is naltrexone but does not say clearly whether it is oral or the extended-release injection.`, sources: [source] });
    }
    if (OPIOID_GROUPS.some((g) => found.groups.has(g))) opioidSources.push(source);
    if (found.groups.has('benzodiazepine')) benzoSources.push(source);
  }
  if (benzoSources.length > 0 && opioidSources.length > 0) {
    for (const source of [...benzoSources, ...opioidSources]) part.candidates.push({ fact: 'sedativeCoUseWithOpioids', value: 'yes', source });
  }
  return part;
}
