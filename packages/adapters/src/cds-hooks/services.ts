/**
 * The CDS services this adapter offers and their discovery document (CDS Hooks 2.0 §Discovery). Prefetch
 * templates ask the EHR for the FHIR data the FHIR mapping reads, so that the service never has to fetch.
 */
import { CANONICAL } from '../fhir/canonical.js';

/** One entry of the discovery document. */
export interface CdsServiceDefinition {
  readonly id: string;
  readonly hook: string;
  readonly title: string;
  readonly description: string;
  readonly prefetch?: Readonly<Record<string, string>>;
  readonly usageRequirements?: string;
}

/** The discovery document served at `GET {base}/cds-services`. */
export interface DiscoveryResponse {
  readonly services: readonly CdsServiceDefinition[];
}

/** Ids of the services, as used in `POST {base}/cds-services/{id}`. */
export const CDS_SERVICE_IDS = Object.freeze({
  patientView: 'recovery-rules-patient-view',
  orderSelect: 'recovery-rules-order-select',
  orderSign: 'recovery-rules-order-sign',
} as const);

/** A service id this adapter answers. */
export type CdsServiceId = (typeof CDS_SERVICE_IDS)[keyof typeof CDS_SERVICE_IDS];

/**
 * Prefetch templates (CDS Hooks 2.0 §Prefetch template): the patient and the resources the FHIR mapping turns
 * into facts. Each key names one query; a value the EHR sends for the key is a resource or a search Bundle.
 */
export const PREFETCH_TEMPLATES: Readonly<Record<string, string>> = Object.freeze({
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}',
  medicationRequests: 'MedicationRequest?patient={{context.patientId}}',
  allergies: 'AllergyIntolerance?patient={{context.patientId}}',
  questionnaireResponses: `QuestionnaireResponse?patient={{context.patientId}}&questionnaire=${CANONICAL.questionnaire}`,
});

const USAGE =
  'Send every prefetch key. Without prefetch data the service fetches nothing from the FHIR server: it answers with a ' +
  'card that names the data it needs, never with a reassuring card.';

const SERVICES: readonly CdsServiceDefinition[] = [
  {
    id: CDS_SERVICE_IDS.patientView,
    hook: 'patient-view',
    title: 'Opioid recovery safety check',
    description:
      'Runs the recovery-rules rule sets (urgent help, overdose risk, naltrexone candidacy, waiting period, relapse ' +
      'warnings, COWS) on the chart and shows the most urgent findings first.',
    prefetch: PREFETCH_TEMPLATES,
    usageRequirements: USAGE,
  },
  {
    id: CDS_SERVICE_IDS.orderSelect,
    hook: 'order-select',
    title: 'Naltrexone and opioid order check (select)',
    description:
      'When naltrexone is selected: candidacy and the opioid-free waiting period. When an opioid is selected: ' +
      'overdose-risk flags. Other orders get no card.',
    prefetch: PREFETCH_TEMPLATES,
    usageRequirements: USAGE,
  },
  {
    id: CDS_SERVICE_IDS.orderSign,
    hook: 'order-sign',
    title: 'Naltrexone and opioid order check (sign)',
    description:
      'The same checks as the order-select service, run on the orders about to be signed.',
    prefetch: PREFETCH_TEMPLATES,
    usageRequirements: USAGE,
  },
];

/** The discovery document. Returns a new object each call. */
export function discoveryDocument(): DiscoveryResponse {
  return { services: SERVICES.map((service) => ({ ...service, ...(service.prefetch && { prefetch: { ...service.prefetch } }) })) };
}

/** The definition of a service id, or undefined when this adapter has no such service. */
export function serviceDefinition(id: string): CdsServiceDefinition | undefined {
  return SERVICES.find((service) => service.id === id);
}
