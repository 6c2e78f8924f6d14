import type { EmergencyLocale } from '../emergency/response-steps.js';

/**
 * The mandatory disclaimer of SPEC §6, in the SDK's own words, per locale. Every assessment report carries
 * it; apps must show it.
 */
export const DISCLAIMERS: Readonly<Record<EmergencyLocale, string>> = Object.freeze({
  en:
    'This tool shares general information from published guidance. It does not diagnose or prescribe. ' +
    'Only your clinician can decide whether and when to start naltrexone. ' +
    'If someone may be overdosing or is in danger, call emergency services now.',
  es:
    'Esta herramienta ofrece información general basada en guías publicadas. No diagnostica ni receta. ' +
    'Solo su profesional de salud puede decidir si se empieza la naltrexona y cuándo. ' +
    'Si alguien podría estar sufriendo una sobredosis o corre peligro, llame ahora a los servicios de emergencia.',
});
