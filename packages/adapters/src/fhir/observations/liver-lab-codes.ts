/** LOINC codes of the liver tests that become `altXuln`, `astXuln` and `bilirubinXuln`. */

/** One liver test: the fact it feeds and the LOINC codes that identify it. */
export interface LiverLab {
  readonly fact: 'altXuln' | 'astXuln' | 'bilirubinXuln';
  readonly name: string;
  readonly loinc: ReadonlyMap<string, string>;
}

/** The liver tests, each with its LOINC code(s) and display. */
export const LIVER_LABS: readonly LiverLab[] = [
  { fact: 'altXuln', name: 'ALT', loinc: new Map([['1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma']]) },
  { fact: 'astXuln', name: 'AST', loinc: new Map([['1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma']]) },
  { fact: 'bilirubinXuln', name: 'total bilirubin', loinc: new Map([['1975-2', 'Bilirubin.total [Mass/volume] in Serum or Plasma']]) },
];
