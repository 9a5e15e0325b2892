import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../config/diagnostics.js';
import validateResource from '../generated/arm-resource-validator.js';
import validate from '../generated/estate-validator.js';
import { suggest } from '../util/suggest.js';
import { JsonLocator } from './json-text.js';

/** Past this many, the first problems are what to fix; a broken export can have one per resource. */
export const MAX_SCHEMA_DIAGNOSTICS = 50;

/** Whether a parsed snapshot is valid against schema/estate.schema.json, with no messages. */
export function isValidSnapshotShape(value: unknown): boolean {
  return validate(value);
}

/** Whether one resource document is valid against the snapshot schema's `armResource`, with no messages. */
export function isValidResourceShape(value: unknown): boolean {
  return validateResource(value);
}

/**
 * Validates a parsed snapshot against schema/estate.schema.json. Each problem is located at its line and
 * column in `text` (found only when there are problems, so valid files pay nothing for it).
 */
export function validateSnapshotSchema(file: string, text: string, value: unknown): Diagnostic[] {
  // Compiled ahead of time by `npm run generate`: compiling costs more than validating a large snapshot.
  if (validate(value)) return [];
  // 'propertyNames' repeats the 'pattern' error ajv reports for the same key with a vaguer message.
  const errors = (validate.errors ?? []).filter(
    (error) => error.keyword !== '$ref' && error.keyword !== 'propertyNames',
  );
  const locator = new JsonLocator(text);
  const diagnostics = errors
    .slice(0, MAX_SCHEMA_DIAGNOSTICS)
    .map((error) => toDiagnostic(file, locator, error));
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS) {
    diagnostics.push({ file, message: `…and ${errors.length - MAX_SCHEMA_DIAGNOSTICS} more problems` });
  }
  return diagnostics;
}

function toDiagnostic(file: string, locator: JsonLocator, error: ErrorObject): Diagnostic {
  const path = toPath(error.instancePath);
  const where = formatJsonPath(path);
  const locate = (at: readonly (string | number)[], part: 'key' | 'value', message: string): Diagnostic => ({
    file,
    ...locator.position(at, part),
    message,
  });
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return locate(path, 'value', `${where} is missing the required key '${missing}'`);
    }
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const guess = suggest(key, allowed);
      return locate(
        [...path, key],
        'key',
        `unknown key '${key}' in ${where}${guess ? `; did you mean '${guess}'?` : `; allowed keys: ${allowed.join(', ')}`}`,
      );
    }
    case 'type':
      return locate(
        path,
        'value',
        `${where} must be ${String((error.params as { type: string }).type)
          .split(',')
          .map((type) => TYPE_NAMES[type] ?? type)
          .join(' or ')}, found ${describe(error.data)}`,
      );
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      const expected = description ? `; expected ${lowerFirst(description)}` : '';
      if (error.propertyName !== undefined) {
        const name = error.propertyName;
        return locate([...path, name], 'key', `'${name}' is not a valid key in ${where}${expected}`);
      }
      return locate(path, 'value', `${where}: ${describe(error.data)} is not valid${expected}`);
    }
    default:
      return locate(path, 'value', `${where} ${error.message ?? 'is invalid'}`);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'a list',
  null: 'null',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function toPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `resources[12].properties.x`; keys that are not identifiers in brackets: `providers['0a9b…']`. */
export function formatJsonPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the snapshot';
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join('');
}

function describe(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'an object';
  if (typeof data === 'string') return `'${data.length > 80 ? `${data.slice(0, 77)}...` : data}'`;
  return `${typeof data} ${String(data)}`;
}

function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
