/**
 * Validates responses with `cds-validator`, the CDS Hooks project's validator. Its 0.3.0 schemas predate CDS
 * Hooks 1.0: they reject fields 2.0 requires or allows (card `uuid`, `source.topic`, `links[].type`, the
 * `critical` indicator; discovery `title`, `usageRequirements`) and require the pre-1.0 discovery `name`.
 * So every payload goes through two checks:
 *
 * 1. cds-validator as published; every error must be one of those documented pre-1.0 differences, anything
 *    else fails the test;
 * 2. cds-validator's own schemas updated to 2.0 (the differences above, plus the 140-character summary limit),
 *    run with the validator engine cds-validator bundles (`jsonschema`); this must pass outright.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cdsValidator = require('cds-validator') as Record<'Card' | 'DiscoveryResponse', (payload: unknown) => Promise<unknown>>;
const { Validator } = createRequire(require.resolve('cds-validator'))('jsonschema') as {
  Validator: new () => { customFormats: Record<string, (input: unknown) => unknown>; validate(i: unknown, s: unknown): { errors: ValidationError[] } };
};

interface ValidationError {
  readonly property: string;
  readonly name: string;
  readonly argument?: unknown;
  readonly instance?: unknown;
  readonly message: string;
}

// The bundled schemas are untyped draft-03 objects; they are edited by property name below.
type Schema = Record<string, any>;

const coding: Schema = {
  type: 'object',
  properties: { system: { type: 'string' }, code: { type: 'string', required: true }, display: { type: 'string' } },
};

function cardSchema20(): Schema {
  const schema = structuredClone(require('cds-validator/lib/card-schema.js')) as Schema;
  delete schema['properties'].decisions;
  schema['properties'].cards.required = true;
  schema['properties'].systemActions = { type: 'array' };
  const card = schema['properties'].cards.items.properties;
  card.uuid = { type: 'string' };
  card.summary = { type: 'string', required: true, maxLength: 139 };
  card.detail = { type: 'string' };
  card.indicator = { type: 'string', required: true, enum: ['info', 'warning', 'critical'] };
  card.source.properties.icon = { type: 'string' };
  card.source.properties.topic = coding;
  card.overrideReasons = { type: 'array', items: coding };
  card.selectionBehavior = { type: 'string', enum: ['at-most-one', 'any'] };
  card.links.items.properties.type = { type: 'string', required: true, enum: ['absolute', 'smart'] };
  card.links.items.properties.appContext = { type: 'string' };
  return schema;
}

function discoverySchema20(): Schema {
  const schema = structuredClone(require('cds-validator/lib/discovery-response-schema.js')) as Schema;
  const service = schema['properties'].services.items.properties;
  delete service.name;
  service.title = { type: 'string' };
  service.usageRequirements = { type: 'string' };
  return schema;
}

const CARD_FIELDS_ADDED_IN_1_0 = ['uuid', 'overrideReasons', 'selectionBehavior', 'topic', 'icon', 'type', 'appContext'];
const DISCOVERY_FIELDS_ADDED_IN_1_0 = ['title', 'usageRequirements'];

function isKnownCardDifference(error: ValidationError): boolean {
  if (error.name === 'additionalProperties') return CARD_FIELDS_ADDED_IN_1_0.includes(String(error.argument));
  return error.name === 'enum' && error.property.endsWith('.indicator') && error.instance === 'critical';
}

function isKnownDiscoveryDifference(error: ValidationError): boolean {
  if (error.name === 'additionalProperties') return DISCOVERY_FIELDS_ADDED_IN_1_0.includes(String(error.argument));
  return error.name === 'required' && /^instance\.services\[\d+\]\.name$/.test(error.property);
}

async function legacyErrors(kind: 'Card' | 'DiscoveryResponse', payload: unknown): Promise<ValidationError[]> {
  try {
    await cdsValidator[kind](JSON.stringify(payload));
    return [];
  } catch (errors) {
    return errors as ValidationError[];
  }
}

function schemaErrors(schema: Schema, payload: unknown): ValidationError[] {
  const validator = new Validator();
  validator.customFormats['payloadFormat'] = (input) => (input as { cards?: unknown }).cards;
  return validator.validate(payload, schema).errors;
}

function describe(errors: readonly ValidationError[]): string {
  return errors.map((e) => `${e.property}: ${e.message}`).join('\n');
}

/** Throws unless `payload` is a valid CDS Hooks 2.0 service response by both checks. */
export async function assertValidCdsResponse(payload: unknown): Promise<void> {
  const unexplained = (await legacyErrors('Card', payload)).filter((e) => !isKnownCardDifference(e));
  if (unexplained.length > 0) throw new Error(`cds-validator rejected the response:\n${describe(unexplained)}`);
  const errors = schemaErrors(cardSchema20(), payload);
  if (errors.length > 0) throw new Error(`CDS Hooks 2.0 card schema rejected the response:\n${describe(errors)}`);
}

/** Throws unless `payload` is a valid CDS Hooks 2.0 discovery document by both checks. */
export async function assertValidDiscovery(payload: unknown): Promise<void> {
  const unexplained = (await legacyErrors('DiscoveryResponse', payload)).filter((e) => !isKnownDiscoveryDifference(e));
  if (unexplained.length > 0) throw new Error(`cds-validator rejected the discovery document:\n${describe(unexplained)}`);
  const errors = schemaErrors(discoverySchema20(), payload);
  if (errors.length > 0) throw new Error(`CDS Hooks 2.0 discovery schema rejected the document:\n${describe(errors)}`);
}
