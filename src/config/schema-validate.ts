import type { ErrorObject } from 'ajv/dist/2020.js';
import validate from '../generated/desired-state-validator.js';
import { suggest } from '../util/suggest.js';
import type { Diagnostic } from './diagnostics.js';
import { parseDuration, parseTimeOfDay } from './duration.js';
import { parseResourceId, type ResourceKind } from './resource-id.js';
import { formatPath, type Path, type SourceMap } from './source-map.js';

/** Validates the parsed file against schema/aks-backup.schema.json; returns one located message per problem. */
export function validateAgainstSchema(value: unknown, sourceMap: SourceMap): Diagnostic[] {
  // Compiled ahead of time by `npm run generate`: compiling costs more than validating a large file.
  if (validate(value)) return [];
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of validate.errors ?? []) {
    // 'propertyNames' repeats the 'pattern' error ajv reports for the same key, with a vaguer schema.
    if (error.keyword === 'if' || error.keyword === '$ref' || error.keyword === 'propertyNames') continue;
    const diagnostic = toDiagnostic(error, sourceMap);
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function toPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describeValue(data: unknown): string {
  if (data === null) return 'null (an empty value)';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'string') return `the string '${data.length > 60 ? `${data.slice(0, 57)}...` : data}'`;
  return `${typeof data} ${String(data)}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
};

function toDiagnostic(error: ErrorObject, sourceMap: SourceMap): Diagnostic {
  const path = toPath(error.instancePath);
  const where = formatPath(path);
  const data = error.data;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const guess = suggest(key, allowed);
      const hint =
        key === '<<'
          ? " (YAML merge keys are not supported: use 'defaults:')"
          : guess
            ? `; did you mean '${guess}'?`
            : '';
      const list = allowed.length > 0 && !guess ? ` Allowed keys: ${allowed.join(', ')}.` : '';
      return locate(sourceMap, [...path, key], 'key', `unknown key '${key}' in ${where}${hint}${list}`);
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return locate(sourceMap, path, 'value', `${where} is missing the required key '${missing}'`);
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      return locate(sourceMap, path, 'value', `${where} must be ${expected}, found ${describeValue(data)}`);
    }
    case 'const':
      return locate(
        sourceMap,
        path,
        'value',
        `${where} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, found ${describeValue(data)}`,
      );
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof data === 'string' ? suggest(data, allowed) : undefined;
      return locate(
        sourceMap,
        path,
        'value',
        `${where} must be one of ${allowed.join(', ')}; found ${describeValue(data)}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      );
    }
    case 'pattern': {
      if (error.propertyName !== undefined) {
        return locate(
          sourceMap,
          [...path, error.propertyName],
          'key',
          `'${error.propertyName}' is not a valid name in ${where}: ${nameRule(error)}`,
        );
      }
      const kind = resourceKindAt(path);
      if (kind && typeof data === 'string') {
        const parsed = parseResourceId(data, kind);
        if (!parsed.ok) return locate(sourceMap, path, 'value', `${where}: ${parsed.reason}`);
      }
      if (error.schemaPath.startsWith('#/$defs/duration/') && typeof data === 'string') {
        const parsed = parseDuration(data);
        if (!parsed.ok) return locate(sourceMap, path, 'value', `${where}: ${parsed.reason}`);
      }
      if (path.at(-1) === 'at' && typeof data === 'string') {
        const parsed = parseTimeOfDay(data);
        if (!parsed.ok) return locate(sourceMap, path, 'value', `${where}: ${parsed.reason}`);
      }
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return locate(
        sourceMap,
        path,
        'value',
        `${where}: ${describeValue(data)} is not valid${description ? `; expected ${lowerFirst(description)}` : ''}`,
      );
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return locate(
        sourceMap,
        [...path, i],
        'value',
        `${where} lists the same value twice (items ${j + 1} and ${i + 1})`,
      );
    }
    case 'minProperties':
      return locate(sourceMap, path, 'value', `${where} must not be empty`);
    case 'minItems':
      return locate(
        sourceMap,
        path,
        'value',
        `${where} must list at least ${(error.params as { limit: number }).limit} item(s)`,
      );
    case 'minLength':
    case 'maxLength':
      return locate(sourceMap, path, 'value', `${where} ${error.message ?? 'has an invalid length'}`);
    default:
      return locate(sourceMap, path, 'value', `${where} ${error.message ?? 'is invalid'}`);
  }
}

function nameRule(error: ErrorObject): string {
  const schema = error.parentSchema as { description?: string; pattern?: string } | undefined;
  return schema?.description
    ? `expected ${lowerFirst(schema.description)}`
    : `must match ${schema?.pattern ?? 'the allowed pattern'}`;
}

function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Which kind of Azure id a field holds, from where it stands in the file. */
export function resourceKindAt(path: Path): ResourceKind | undefined {
  const last = path.at(-1);
  if (last === 'snapshotResourceGroup') return 'resourceGroup';
  if (last === 'account' && path[0] === 'storage') return 'storageAccount';
  if (last === 'id' && path[0] === 'vaults') return 'backupVault';
  if (last === 'id' && path[0] === 'clusters') return 'managedCluster';
  if (last === 'target') return 'managedCluster';
  return undefined;
}

function locate(sourceMap: SourceMap, path: Path, prefer: 'key' | 'value', message: string): Diagnostic {
  const loc = sourceMap.locate(path, prefer);
  return { file: loc.file, line: loc.line, column: loc.column, message };
}
