import type { RELAPSE_SIGNS } from '@recovery-rules/core/sync';

/** The relapse warning signs (SPEC §2D) as first-person statements about the past week. */
export const SIGN_WORDING: Readonly<Record<(typeof RELAPSE_SIGNS)[number], string>> = {
  isolating: 'Have you been keeping away from people who support you?',
  skippingTreatment: 'Have you missed appointments, meetings or treatment?',
  poorSleepOrSelfCare: 'Have you been sleeping badly or not looking after yourself?',
  moodSwingsIrritability: 'Have you had mood swings or felt easily irritated?',
  overconfidence: "Have you felt you've got this and don't need support any more?",
  highStress: 'Have you been under a lot of stress?',
  romanticizingUse: 'Have you found yourself remembering using as better than it was?',
  planningUse: 'Have you thought about how or when you could use?',
  contactWithUsingPeopleOrPlaces: 'Have you spent time with people or places linked to using?',
  secrecyOrLying: 'Have you kept things secret or not told the truth about them?',
  stoppingMedicationWithoutPlan: 'Have you stopped, or wanted to stop, your medicine without a plan?',
};
