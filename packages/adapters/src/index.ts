/**
 * @recovery-rules/adapters: translations between @recovery-rules/core and other systems. Planned subpath
 * exports: `./fhir` (FHIR R4 resources in), `./cds-hooks` (CDS Hooks cards out) and `./http` (a Fetch-API
 * `Request -> Response` handler). Every public export of the root entry is named here.
 * @packageDocumentation
 */
export { resultSeverity, type Severity } from './result-severity.js';
