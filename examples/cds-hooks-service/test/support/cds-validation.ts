/**
 * The adapters' CDS Hooks 2.0 response checks (the published cds-validator plus its schemas brought up to
 * 2.0), shared rather than copied so the two test suites can never drift apart.
 */
export { assertValidCdsResponse, assertValidDiscovery } from '../../../../packages/adapters/test/cds-hooks/support/cds-validation.js';
