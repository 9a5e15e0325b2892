import type { Diagnostic } from '../config/diagnostics.js';
import { InputError } from '../config/diagnostics.js';
import type { SourceMap } from '../config/source-map.js';
import validateMatrix from '../generated/support-matrix-validator.js';
import { locateSchemaErrors } from './schema-errors.js';
import { MATRIX_FILE, parseDataFile, readDataFile } from './yaml-data.js';

/** One value of the support matrix with its provenance. */
export interface Fact<T = unknown> {
  value: T;
  /** YYYY-MM-DD. */
  asOf: string;
  source: string | readonly string[];
  note?: string;
  previous?: PreviousFact | readonly PreviousFact[];
}

export interface PreviousFact {
  value: unknown;
  asOf: string;
  source: string | readonly string[];
  note?: string;
}

export interface MatrixSource {
  title: string;
  url: string;
  date?: string;
}

/**
 * The loaded support matrix: the document as written plus every fact by its dotted path
 * (`limits.namespacesPerInstance`). Rules name facts by path; the engine resolves them at evaluation,
 * so the same compiled rules run against any matrix (a newer file, or a test's variant).
 */
export interface SupportMatrix {
  file: string;
  asOf: string;
  sources: Readonly<Record<string, MatrixSource>>;
  facts: ReadonlyMap<string, Fact>;
}

const TOP_LEVEL_META = new Set(['schemaVersion', 'asOf', 'sources']);

/** Reads and validates a support-matrix file; any problem is an InputError located in the file. */
export function loadSupportMatrix(file: string, displayAs: string = file): SupportMatrix {
  const { value, sourceMap } = readDataFile(file, displayAs, MATRIX_FILE);
  return matrixFromDocument(displayAs, value, sourceMap);
}

/** Parses and validates the text of a support-matrix file. */
export function parseSupportMatrix(file: string, text: string): SupportMatrix {
  const { value, sourceMap } = parseDataFile(file, text, MATRIX_FILE);
  return matrixFromDocument(file, value, sourceMap);
}

/**
 * Validates a parsed support-matrix file and indexes its facts: the step every matrix goes through,
 * whether its YAML was parsed now or ahead of time (the built-in one, src/rules/builtin-policies.ts).
 */
export function matrixFromDocument(file: string, value: unknown, sourceMap: SourceMap): SupportMatrix {
  // schema/support-matrix.schema.json, compiled ahead of time by `npm run generate`.
  if (!validateMatrix(value))
    throw new InputError(locateSchemaErrors(validateMatrix.errors ?? [], sourceMap));
  const document = value as Record<string, unknown> & { asOf: string; sources: Record<string, MatrixSource> };
  const facts = new Map<string, Fact>();
  const diagnostics: Diagnostic[] = [];
  const checkSources = (keys: string | readonly string[], path: (string | number)[]): void => {
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!(key in document.sources)) {
        const loc = sourceMap.locate(path);
        diagnostics.push({ ...loc, message: `source '${key}' is not listed under 'sources:'` });
      }
    }
  };
  const walk = (node: Record<string, unknown>, path: string[]): void => {
    if ('value' in node) {
      const fact = node as unknown as Fact;
      facts.set(path.join('.'), fact);
      checkSources(fact.source, [...path, 'source']);
      const previous =
        fact.previous === undefined ? [] : Array.isArray(fact.previous) ? fact.previous : [fact.previous];
      previous.forEach((p: PreviousFact, i: number) =>
        checkSources(
          p.source,
          Array.isArray(fact.previous) ? [...path, 'previous', i, 'source'] : [...path, 'previous', 'source'],
        ),
      );
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child as Record<string, unknown>, [...path, key]);
  };
  for (const [key, child] of Object.entries(document)) {
    if (!TOP_LEVEL_META.has(key)) walk(child as Record<string, unknown>, [key]);
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return { file, asOf: document.asOf, sources: document.sources, facts };
}

/** The value at `path`, or undefined when the matrix has no such fact. */
export function matrixValue<T = unknown>(matrix: SupportMatrix, path: string): T | undefined {
  return matrix.facts.get(path)?.value as T | undefined;
}

/** Like matrixValue, for a fact a built-in check cannot work without: a missing one is a broken matrix. */
export function requireMatrixValue<T = unknown>(matrix: SupportMatrix, path: string): T {
  const fact = matrix.facts.get(path);
  if (!fact) throw new Error(`the support matrix ${matrix.file} has no fact '${path}'`);
  return fact.value as T;
}
