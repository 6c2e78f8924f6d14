/**
 * Emergency response content for the `emergency-call-now` screen: the number to call for a region and the five
 * steps to show with it (SPEC §2C, §6). No I/O and fully synchronous, so it works offline and never delays the
 * emergency screen.
 * @packageDocumentation
 */

/** Per-region emergency numbers and the US-only 988 crisis line. See {@link emergencyContactsFor}. */
export {
  DEFAULT_EMERGENCY_CONTACTS,
  EMERGENCY_CONTACTS_BY_REGION,
  emergencyContactsFor,
  type CrisisLine,
  type EmergencyContacts,
} from './locale-config.js';

/** The five ordered emergency steps in English and Spanish. See {@link emergencyResponseSteps}. */
export {
  EMERGENCY_LOCALES,
  EMERGENCY_STEP_IDS,
  emergencyResponseSteps,
  type EmergencyLocale,
  type EmergencyStep,
  type EmergencyStepId,
} from './response-steps.js';

/** Whether an urgent-help result leaves an emergency possible. See {@link emergencyNotRuledOut}. */
export { emergencyNotRuledOut } from './emergency-not-ruled-out.js';
