import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { formatPath, type Path, type SourceMap } from '../config/source-map.js';
import { suggest } from '../util/suggest.js';

/** Wrapper keywords whose own error only repeats what the errors inside them say. */
const NOISE = new Set(['if', 'then', 'else', '$ref', 'propertyNames', 'oneOf', 'anyOf']);

/**
 * Turns ajv errors on a policy data file (rule, support matrix) into located diagnostics. Unknown keys
 * point at the key with a "did you mean"; everything else at the value.
 */
export function locateSchemaErrors(errors: readonly ErrorObject[], sourceMap: SourceMap): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const meaningful = errors.filter((e) => !NOISE.has(e.keyword));
  for (const error of meaningful.length > 0 ? meaningful : errors) {
    const diagnostic = toDiagnostic(error, sourceMap);
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

export function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function toDiagnostic(error: ErrorObject, sourceMap: SourceMap): Diagnostic {
  const path = pathOf(error.instancePath);
  const where = formatPath(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const guess = suggest(key, allowed);
      const hint = guess
        ? `; did you mean '${guess}'?`
        : allowed.length > 0
          ? ` (allowed: ${allowed.join(', ')})`
          : '';
      return at(sourceMap, [...path, key], 'key', `unknown key '${key}' in ${where}${hint}`);
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return at(sourceMap, path, 'value', `${where} is missing the required key '${missing}'`);
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return at(sourceMap, path, 'value', `${where} must be one of ${allowed.join(', ')}`);
    }
    case 'pattern': {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return at(
        sourceMap,
        path,
        'value',
        `${where}: ${JSON.stringify(error.data)} is not valid${description ? `; expected ${description}` : ''}`,
      );
    }
    default:
      return at(sourceMap, path, 'value', `${where} ${error.message ?? 'is invalid'}`);
  }
}

function at(sourceMap: SourceMap, path: Path, prefer: 'key' | 'value', message: string): Diagnostic {
  const loc = sourceMap.locate(path, prefer);
  return { file: loc.file, line: loc.line, column: loc.column, message };
}
