import type { Ajv2020, KeywordDefinition } from 'ajv/dist/2020.js';
import type { EvaluationContext } from './model.js';
import type { SupportMatrix } from './support-matrix.js';
import {
  compareVersions,
  durationSeconds,
  minorOf,
  normaliseText,
  parseVersion,
  sameText,
} from './values.js';

/**
 * The custom keywords rule assertions may use, beyond JSON Schema 2020-12. Values that live in the support
 * matrix are referenced by path (`{ matrix: limits.namespacesPerInstance }`, or a bare path for `inList`
 * and `matrixTrue`) and resolved when the rule runs, from the matrix in the evaluation context (ajv's
 * passContext): rules compile once and run against whichever matrix the context carries.
 * Keywords marked $data also take `{ $data: <JSON pointer> }` to compare with another subject field.
 */

interface KeywordError {
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  parentSchema?: object;
}

type KeywordFunction = ((schema: unknown, data: unknown, parentSchema?: object) => boolean) & {
  errors?: KeywordError[];
};

/** A literal, or `{ matrix: path }`. */
const operand = (literal: object): object => ({
  anyOf: [
    literal,
    {
      type: 'object',
      required: ['matrix'],
      additionalProperties: false,
      properties: { matrix: { type: 'string' } },
    },
  ],
});

/** A keyword's value naming matrix lists: one path, or a list of paths. */
type MatrixPaths = string | readonly string[];

interface MatrixSets {
  byPath: Map<string, ReadonlySet<string>>;
  /** Keyed by the assertion's own array: ajv hands the keyword the same one on every call. */
  byList: WeakMap<readonly string[], ReadonlySet<string>>;
}

const matrixCache = new WeakMap<SupportMatrix, MatrixSets>();

/**
 * The normalised members of one or more matrix lists (strings, or objects with a `name`), built once per
 * matrix and keyword value: `inList` asks for them on every subject.
 */
function matrixSet(matrix: SupportMatrix, paths: MatrixPaths): ReadonlySet<string> {
  let sets = matrixCache.get(matrix);
  if (!sets) matrixCache.set(matrix, (sets = { byPath: new Map(), byList: new WeakMap() }));
  const cached = typeof paths === 'string' ? sets.byPath.get(paths) : sets.byList.get(paths);
  if (cached) return cached;
  const members = new Set<string>();
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    const value = matrix.facts.get(path)?.value;
    for (const item of Array.isArray(value) ? value : []) {
      const name = item !== null && typeof item === 'object' ? (item as { name?: unknown }).name : item;
      if (name !== undefined && name !== null) members.add(normaliseText(name));
    }
  }
  if (typeof paths === 'string') sets.byPath.set(paths, members);
  else sets.byList.set(paths, members);
  return members;
}

function contextOf(self: unknown): EvaluationContext {
  const context = self as EvaluationContext | undefined;
  if (!context?.matrix) throw new Error('a rule assertion ran without an evaluation context');
  return context;
}

/** Resolves a keyword operand: `{ matrix: path }` from the context's matrix, else the literal. */
function resolve(self: unknown, schema: unknown): unknown {
  if (schema !== null && typeof schema === 'object' && 'matrix' in schema) {
    return contextOf(self).matrix.facts.get(String((schema as { matrix: unknown }).matrix))?.value;
  }
  return schema;
}

/**
 * Records the failure. ajv's `verbose` adds the enclosing subschema to its own errors but not to those of
 * custom keywords, so they carry it themselves: that is where an `explain:` text stands.
 */
function fail(
  fn: KeywordFunction,
  keyword: string,
  message: string,
  parentSchema: object | undefined,
  params: Record<string, unknown> = {},
): false {
  // Built key by key: failing `if:` conditions call this for most subjects, so no throwaway spread.
  const error: KeywordError = { keyword, message, params };
  if (parentSchema) error.parentSchema = parentSchema;
  fn.errors = [error];
  return false;
}

function describeOperand(schema: unknown, resolved: unknown): string {
  if (schema !== null && typeof schema === 'object' && 'matrix' in schema) {
    return `${String(resolved)} (support matrix ${String((schema as { matrix: unknown }).matrix)})`;
  }
  return String(resolved);
}

const inList: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
  if (matrixSet(contextOf(this).matrix, schema as MatrixPaths).has(normaliseText(data))) return true;
  const paths = typeof schema === 'string' ? [schema] : (schema as string[]);
  return fail(
    inList,
    'inList',
    `'${String(data)}' is not in support matrix ${paths.join(' or ')}`,
    parentSchema,
    { paths },
  );
};

const enumIgnoreCase: KeywordFunction = function (schema, data, parentSchema) {
  const allowed = schema as string[];
  for (const value of allowed) if (sameText(value, data)) return true;
  return fail(
    enumIgnoreCase,
    'enumIgnoreCase',
    `'${String(data)}' is not one of ${allowed.join(', ')}`,
    parentSchema,
    {
      allowed,
    },
  );
};

const sameAs: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
  const expected = resolve(this, schema);
  // Nothing to compare with (an unknown fact, or a matrix value of null): unknown never fails.
  if (typeof expected !== 'string') return true;
  if (sameText(data, expected)) return true;
  return fail(
    sameAs,
    'sameAs',
    `'${String(data)}' is not '${describeOperand(schema, expected)}'`,
    parentSchema,
    { expected },
  );
};

function versionKeyword(keyword: 'minVersion' | 'maxVersion'): KeywordFunction {
  const fn: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
    const bound = resolve(this, schema);
    if (bound === null || bound === undefined) return true;
    const limit = parseVersion(String(bound));
    const version = parseVersion(data);
    if (!limit) throw new Error(`${keyword}: '${String(bound)}' is not a version`);
    if (!version) return fail(fn, keyword, `'${String(data)}' is not a version like 1.31.2`, parentSchema);
    const order = compareVersions(version, limit);
    if (keyword === 'minVersion' ? order >= 0 : order <= 0) return true;
    const relation = keyword === 'minVersion' ? 'older than' : 'newer than';
    return fail(
      fn,
      keyword,
      `${String(data)} is ${relation} ${describeOperand(schema, bound)}`,
      parentSchema,
      { limit: bound },
    );
  };
  return fn;
}

const versionIn: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
  const list = resolve(this, schema);
  if (!Array.isArray(list)) return true;
  const version = parseVersion(data);
  if (!version)
    return fail(versionIn, 'versionIn', `'${String(data)}' is not a version like 1.31.2`, parentSchema);
  const minors = list.map((v) => parseVersion(String(v))).filter((v) => v !== undefined);
  if (minors.some((v) => v[0] === version[0] && v[1] === version[1])) return true;
  return fail(
    versionIn,
    'versionIn',
    `${minorOf(version)} is not among the supported versions ${list.map(String).join(', ')}`,
    parentSchema,
    { allowed: list },
  );
};

function durationKeyword(keyword: 'minDuration' | 'maxDuration'): KeywordFunction {
  const fn: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
    const bound = resolve(this, schema);
    if (bound === null || bound === undefined) return true;
    const limit = durationSeconds(bound);
    if (limit === undefined) throw new Error(`${keyword}: '${String(bound)}' is not a duration`);
    const seconds = durationSeconds(data);
    if (seconds === undefined)
      return fail(fn, keyword, `'${String(data)}' is not an ISO 8601 duration`, parentSchema);
    if (keyword === 'maxDuration' ? seconds <= limit : seconds >= limit) return true;
    const relation = keyword === 'maxDuration' ? 'longer than' : 'shorter than';
    return fail(
      fn,
      keyword,
      `${String(data)} is ${relation} ${describeOperand(schema, bound)}`,
      parentSchema,
      { limit: bound },
    );
  };
  return fn;
}

const atMost: KeywordFunction = function (this: unknown, schema, data, parentSchema) {
  const bound = resolve(this, schema);
  if (typeof bound !== 'number' || typeof data !== 'number') return true;
  if (data <= bound) return true;
  return fail(atMost, 'atMost', `${data} is more than ${describeOperand(schema, bound)}`, parentSchema, {
    limit: bound,
  });
};

/** True when the matrix fact is `true`; for `if:` branches that depend on the matrix, not the subject. */
const matrixTrue: KeywordFunction = function (this: unknown, schema, _data, parentSchema) {
  if (contextOf(this).matrix.facts.get(String(schema))?.value === true) return true;
  return fail(matrixTrue, 'matrixTrue', `support matrix ${String(schema)} is not true`, parentSchema);
};

const stringOrPaths = {
  anyOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }],
};

export const KEYWORDS: readonly KeywordDefinition[] = [
  { keyword: 'inList', validate: inList, errors: true, metaSchema: stringOrPaths },
  {
    keyword: 'enumIgnoreCase',
    validate: enumIgnoreCase,
    errors: true,
    metaSchema: { type: 'array', minItems: 1, items: { type: 'string' } },
  },
  { keyword: 'sameAs', validate: sameAs, errors: true, $data: true, metaSchema: operand({ type: 'string' }) },
  {
    keyword: 'minVersion',
    validate: versionKeyword('minVersion'),
    errors: true,
    $data: true,
    metaSchema: operand({ type: 'string' }),
  },
  {
    keyword: 'maxVersion',
    validate: versionKeyword('maxVersion'),
    errors: true,
    $data: true,
    metaSchema: operand({ type: 'string' }),
  },
  {
    keyword: 'versionIn',
    validate: versionIn,
    errors: true,
    $data: true,
    metaSchema: operand({ type: 'array', items: { type: 'string' } }),
  },
  {
    keyword: 'minDuration',
    validate: durationKeyword('minDuration'),
    errors: true,
    $data: true,
    metaSchema: operand({ type: 'string' }),
  },
  {
    keyword: 'maxDuration',
    validate: durationKeyword('maxDuration'),
    errors: true,
    $data: true,
    metaSchema: operand({ type: 'string' }),
  },
  { keyword: 'atMost', validate: atMost, errors: true, $data: true, metaSchema: operand({ type: 'number' }) },
  { keyword: 'matrixTrue', validate: matrixTrue, errors: true, metaSchema: { type: 'string' } },
  // Annotation: the text a failure under this subschema reports instead of ajv's own message.
  { keyword: 'explain', schemaType: 'string' },
];

export const KEYWORD_NAMES: readonly string[] = KEYWORDS.map((k) => k.keyword as string);

/**
 * `checkValues: false` leaves out each keyword's meta-schema (which checks the keyword's value in a rule):
 * ajv compiles them when they are added, and the built-in rules' values are checked by the test suite.
 */
export function addKeywords(ajv: Ajv2020, options: { checkValues: boolean } = { checkValues: true }): void {
  for (const keyword of KEYWORDS) {
    if (options.checkValues) ajv.addKeyword(keyword);
    else {
      const { metaSchema: _checked, ...definition } = keyword;
      ajv.addKeyword(definition);
    }
  }
}

/** Keywords whose value is a matrix path (or list of paths) itself. */
const PATH_KEYWORDS = new Set(['inList', 'matrixTrue']);
const OPERAND_KEYWORDS = new Set([
  'sameAs',
  'minVersion',
  'maxVersion',
  'versionIn',
  'minDuration',
  'maxDuration',
  'atMost',
]);

export interface MatrixReference {
  /** Where in the assertion the reference stands (for located errors). */
  at: (string | number)[];
  path: string;
}

/** Every support-matrix path an assertion references, so a typo is an error when the rule loads. */
export function matrixReferences(schema: unknown, at: (string | number)[] = []): MatrixReference[] {
  const found: MatrixReference[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (PATH_KEYWORDS.has(key)) {
        if (typeof value === 'string') found.push({ at: [...path, key], path: value });
        else if (Array.isArray(value))
          value.forEach((v, i) => found.push({ at: [...path, key, i], path: String(v) }));
        continue;
      }
      if (OPERAND_KEYWORDS.has(key) && value !== null && typeof value === 'object' && 'matrix' in value) {
        found.push({ at: [...path, key, 'matrix'], path: String((value as { matrix: unknown }).matrix) });
        continue;
      }
      visit(value, [...path, key]);
    }
  };
  visit(schema, at);
  return found;
}
