/** Recognises which medication groups a coded medication belongs to, and whether it is a depot or oral form. */
import type { CodeableConcept } from '@medplum/fhirtypes';
import { SYSTEMS, codingsOf } from '../mapping/code-systems.js';
import { DEPOT_FORM, INGREDIENT_NAMES, ORAL_FORM, RXNORM_DEPOT_BUPRENORPHINE, RXNORM_INGREDIENTS, type MedicationGroup } from './medication-codes.js';

/** What a medication concept was recognised as. */
export interface MedicationClass {
  readonly groups: ReadonlySet<MedicationGroup>;
  /** An extended-release injection or implant (by verified code, or by form words in its names). */
  readonly depot: boolean;
  /** A form taken by mouth. */
  readonly oral: boolean;
  /** Any injected form (for naltrexone, only the extended-release injection exists). */
  readonly injection: boolean;
  /** The element that identified it, e.g. `medicationCodeableConcept.coding[0]`. */
  readonly path: string;
}

const NAME_PATTERNS = (Object.entries(INGREDIENT_NAMES) as [MedicationGroup, readonly string[]][]).flatMap(([group, names]) =>
  names.map((name) => ({ group, pattern: new RegExp(`(?<![a-z])${name}(?![a-z])`, 'i') })),
);

function groupsNamedIn(text: string): MedicationGroup[] {
  return NAME_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.group);
}

/**
 * Classifies `concept` (read at `path`); `formTexts` are further words about the form (Medication.form,
 * dosage route). Returns undefined when nothing is recognised.
 */
export function classifyMedication(concept: CodeableConcept | undefined, path: string, formTexts: readonly string[] = []): MedicationClass | undefined {
  const groups = new Set<MedicationGroup>();
  const names: string[] = [...formTexts];
  let depot = false;
  let where: string | undefined;
  codingsOf(concept).forEach((coding, index) => {
    if (coding.system !== SYSTEMS.rxnorm) return;
    const before = groups.size;
    const ingredient = coding.code === undefined ? undefined : RXNORM_INGREDIENTS.get(coding.code);
    const depotProduct = coding.code === undefined ? undefined : RXNORM_DEPOT_BUPRENORPHINE.get(coding.code);
    if (ingredient) groups.add(ingredient.group);
    if (depotProduct) {
      groups.add('buprenorphine');
      depot = true;
      names.push(depotProduct);
    }
    if (coding.display !== undefined) {
      for (const g of groupsNamedIn(coding.display)) groups.add(g);
      names.push(coding.display);
    }
    if (groups.size > before || depotProduct) where ??= `${path}.coding[${index}]`;
  });
  if (concept?.text !== undefined) {
    const before = groups.size;
    for (const g of groupsNamedIn(concept.text)) groups.add(g);
    names.push(concept.text);
    if (groups.size > before) where ??= `${path}.text`;
  }
  if (groups.size === 0 || where === undefined) return undefined;
  const allNames = names.join(' | ');
  return { groups, depot: depot || DEPOT_FORM.test(allNames), oral: ORAL_FORM.test(allNames), injection: /inject|intramuscular/i.test(allNames), path: where };
}
