/**
 * How medications are recognised. RxNorm codes are matched first (ingredients and the depot products whose
 * form matters); otherwise the RxNorm display or the concept text is matched by ingredient name, which is
 * how RxNorm names clinical drugs ("buprenorphine 8 MG Sublingual Tablet"). Codes of other systems are not
 * guessed at and are listed as unmapped.
 */

/** The medication groups the facts distinguish. */
export type MedicationGroup = 'methadone' | 'buprenorphine' | 'naltrexone' | 'opioid-analgesic' | 'benzodiazepine';

/** An RxNorm ingredient: the group it belongs to and its name. */
interface Ingredient {
  readonly group: MedicationGroup;
  readonly display: string;
}

const analgesic = (display: string): Ingredient => ({ group: 'opioid-analgesic', display });

/**
 * RxNorm ingredient concepts (TTY IN). Opioid ingredient codes as listed in a public MME-factor table built
 * on RxNav (buprenorphine 1819 also in the CDC value set); naltrexone 7243 from a public RxNorm alias table.
 */
export const RXNORM_INGREDIENTS: ReadonlyMap<string, Ingredient> = new Map<string, Ingredient>([
  ['6813', { group: 'methadone', display: 'methadone' }],
  ['1819', { group: 'buprenorphine', display: 'buprenorphine' }],
  ['7243', { group: 'naltrexone', display: 'naltrexone' }],
  ['1841', analgesic('butorphanol')],
  ['2670', analgesic('codeine')],
  ['23088', analgesic('dihydrocodeine')],
  ['4337', analgesic('fentanyl')],
  ['5489', analgesic('hydrocodone')],
  ['3423', analgesic('hydromorphone')],
  ['6378', analgesic('levorphanol')],
  ['6754', analgesic('meperidine')],
  ['7052', analgesic('morphine')],
  ['7804', analgesic('oxycodone')],
  ['7814', analgesic('oxymorphone')],
  ['8001', analgesic('pentazocine')],
  ['787390', analgesic('tapentadol')],
  ['10689', analgesic('tramadol')],
]);

/**
 * Extended-release buprenorphine products (Sublocade, Brixadi, Probuphine), clinical (SCD) and branded (SBD),
 * from the CDC opioid CDS "Buprenorphine medications" value set (RxNorm 2025-02 expansion).
 */
export const RXNORM_DEPOT_BUPRENORPHINE: ReadonlyMap<string, string> = new Map([
  ['1996184', '0.5 ML buprenorphine 200 MG/ML Prefilled Syringe'],
  ['1996189', '0.5 ML buprenorphine 200 MG/ML Prefilled Syringe [Sublocade]'],
  ['1996192', '1.5 ML buprenorphine 200 MG/ML Prefilled Syringe'],
  ['1996193', '1.5 ML buprenorphine 200 MG/ML Prefilled Syringe [Sublocade]'],
  ['2639021', '0.16 ML buprenorphine 50 MG/ML Prefilled Syringe'],
  ['2639027', '0.16 ML buprenorphine 50 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639029', '0.32 ML buprenorphine 50 MG/ML Prefilled Syringe'],
  ['2639030', '0.32 ML buprenorphine 50 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639031', '0.48 ML buprenorphine 50 MG/ML Prefilled Syringe'],
  ['2639032', '0.48 ML buprenorphine 50 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639033', '0.64 ML buprenorphine 50 MG/ML Prefilled Syringe'],
  ['2639034', '0.64 ML buprenorphine 50 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639036', '0.18 ML buprenorphine 356 MG/ML Prefilled Syringe'],
  ['2639039', '0.18 ML buprenorphine 356 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639041', '0.27 ML buprenorphine 356 MG/ML Prefilled Syringe'],
  ['2639042', '0.27 ML buprenorphine 356 MG/ML Prefilled Syringe [Brixadi]'],
  ['2639043', '0.36 ML buprenorphine 356 MG/ML Prefilled Syringe'],
  ['2639044', '0.36 ML buprenorphine 356 MG/ML Prefilled Syringe [Brixadi]'],
  ['1797650', 'buprenorphine 74.2 MG Drug Implant'],
  ['1797655', 'buprenorphine 74.2 MG Drug Implant [Probuphine]'],
]);

/** Ingredient names, as RxNorm spells them, for each group. */
export const INGREDIENT_NAMES: Readonly<Record<MedicationGroup, readonly string[]>> = {
  methadone: ['methadone'],
  buprenorphine: ['buprenorphine'],
  naltrexone: ['naltrexone'],
  'opioid-analgesic': [
    'morphine', 'oxycodone', 'hydrocodone', 'hydromorphone', 'fentanyl', 'codeine', 'tramadol',
    'tapentadol', 'oxymorphone', 'meperidine', 'levorphanol', 'dihydrocodeine', 'pentazocine', 'butorphanol',
  ],
  benzodiazepine: [
    'alprazolam', 'clonazepam', 'diazepam', 'lorazepam', 'temazepam', 'chlordiazepoxide', 'clobazam', 'clorazepate',
    'midazolam', 'oxazepam', 'triazolam', 'estazolam', 'flurazepam', 'quazepam', 'remimazolam',
  ],
};

/** Names and forms that mark an extended-release (depot) injection or implant. */
export const DEPOT_FORM = /extended[- ]release inject|injectable suspension|prefilled syringe|implant|sublocade|brixadi|probuphine|vivitrol/i;
/** Words that mark a medicine taken by mouth. */
export const ORAL_FORM = /\boral\b|\btablet\b|\bcapsule\b/i;
