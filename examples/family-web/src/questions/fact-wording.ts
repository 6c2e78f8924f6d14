/**
 * Plain-language wording for the facts the app may be asked for. The engine decides which fact to ask and
 * INPUT_FACTS decides which answers exist; this table only says them in words. A fact missing here is still
 * asked, with a wording derived from its name (see question-model.ts).
 */

/** How one fact is put to the person. */
export interface FactWording {
  readonly prompt: string;
  readonly hint?: string;
  /** Labels for enumerated answers, by value. Values not listed are shown humanised. */
  readonly answers?: Readonly<Record<string, string>>;
}

const YES_NO = { yes: 'Yes', no: 'No' } as const;

/** Wording for every fact the urgent-help, waiting-period and relapse-warnings flows can ask. */
export const FACT_WORDING: Readonly<Record<string, FactWording>> = {
  breathingStatus: {
    prompt: 'How is the person breathing?',
    hint: 'Watch the chest and listen for 10 seconds.',
    answers: { normal: 'Normally', 'slow-or-shallow': 'Slow or shallow', 'gurgling-or-snoring': 'Gurgling or snoring', absent: 'Not breathing' },
  },
  responsiveness: {
    prompt: 'How awake is the person?',
    hint: 'Say their name loudly and rub their breastbone firmly.',
    answers: { alert: 'Awake and talking', 'drowsy-but-rousable': 'Drowsy, but wakes up', 'hard-to-wake': 'Hard to wake', unresponsive: 'Does not respond' },
  },
  lipNailColor: {
    prompt: 'What colour are their lips and fingernails?',
    answers: { normal: 'Their usual colour', 'blue-gray-or-purple': 'Blue, grey or purple', pale: 'Very pale' },
  },
  skin: { prompt: 'How does their skin feel?', answers: { normal: 'Normal', 'cold-clammy': 'Cold and clammy' } },
  pupils: {
    prompt: 'How do the black centres of their eyes look?',
    answers: { normal: 'Normal size', pinpoint: 'Tiny, like a pinpoint', dilated: 'Very large' },
  },
  suspectedOverdose: { prompt: 'Do you think this could be an overdose?', answers: YES_NO },
  naloxoneGivenAt: { prompt: 'When was naloxone (Narcan) last given to them?', hint: 'Choose "Never" if it has not been given.' },
  lastOverdoseAt: { prompt: 'When did they last have an overdose?', hint: 'Choose "Never" if they have not had one.' },
  medicallyEvaluatedSinceEvent: { prompt: 'Has a doctor or paramedic checked them since then?', answers: YES_NO },
  chestPainOrSevereBreathlessness: { prompt: 'Do they have chest pain or struggle to breathe?', answers: YES_NO },
  allergicReactionSigns: { prompt: 'Is their face, lips or throat swelling, or do they have a sudden rash with trouble breathing?', answers: YES_NO },
  selfHarmThoughts: {
    prompt: 'Are there thoughts of self-harm or suicide?',
    answers: { none: 'No', passive: 'Thoughts, but no plan', 'active-plan-or-intent': 'Yes, with a plan or intent' },
  },
  newConfusionOrSeizure: { prompt: 'Are they newly confused, or have they had a seizure?', answers: YES_NO },
  injectsDrugs: { prompt: 'Do they inject drugs?', answers: YES_NO },
  fever: { prompt: 'Do they have a fever?', answers: YES_NO },
  drugInjectionSiteSigns: {
    prompt: 'How do their injection sites look?',
    answers: { none: 'Nothing unusual', 'redness-or-swelling': 'Some redness or swelling', 'spreading-redness-abscess-or-severe-pain': 'Spreading redness, an abscess or severe pain' },
  },
  onNaltrexone: { prompt: 'Are they taking naltrexone?', answers: { none: 'No', oral: 'Yes, tablets', 'xr-injection': 'Yes, the monthly injection' } },
  xrNtxInjectionSiteSigns: {
    prompt: 'How does the naltrexone injection site look?',
    answers: { none: 'Fine', 'mild-persisting-over-2-weeks': 'A mild reaction that has lasted over 2 weeks', severe: 'Very painful, hard, swollen or open' },
  },
  liverInjurySymptoms: { prompt: 'Any yellow skin or eyes, dark urine, or pain on the upper right of the belly?', answers: YES_NO },
  severeDepression: { prompt: 'Are they feeling deeply depressed or hopeless?', answers: YES_NO },
  sedativeCoUseWithOpioids: { prompt: 'Have they mixed opioids with alcohol, sleeping pills or anxiety pills?', answers: YES_NO },
  pregnancyStatus: {
    prompt: 'Are they pregnant, or did they give birth in the last year?',
    answers: { pregnant: 'Pregnant', 'postpartum-within-12-months': 'Gave birth in the last 12 months', 'not-pregnant': 'Neither', 'not-applicable': 'Does not apply' },
  },
  currentWithdrawalSymptoms: { prompt: 'Do they have withdrawal symptoms right now?', answers: YES_NO },
  lastOpioidUseAt: { prompt: 'When did they last use any opioid?' },
  useAfterAbstinence: { prompt: 'Have they used opioids again after a time without them?', answers: YES_NO },
  withdrawalAfterNaltrexoneDose: { prompt: 'Did sudden withdrawal start after a naltrexone dose?', answers: YES_NO },
  currentOrAnticipatedOpioidAnalgesicNeed: { prompt: 'Do they need, or expect to need, opioid pain medicine?', answers: YES_NO },
  lastXrNtxInjectionAt: { prompt: 'When was their last naltrexone injection?' },
  lastOpioidType: {
    prompt: 'What kind of opioid was it?',
    hint: 'Short-acting: heroin, fentanyl, oxycodone, morphine. Long-acting: methadone, buprenorphine tablets or film.',
    answers: { 'short-acting': 'Short-acting', 'long-acting': 'Long-acting', 'depot-buprenorphine': 'A buprenorphine injection or implant' },
  },
  fentanylExposure: { prompt: 'Could it have contained fentanyl?', hint: 'Much of the street supply does.', answers: YES_NO },
  cravingIntensity: { prompt: 'How strong are your cravings today?', hint: '0 means none, 10 the strongest you can imagine.' },
};
