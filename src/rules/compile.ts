import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { formatPath, type Path, type SourceMap } from '../config/source-map.js';
import { CHECKS } from './checks/index.js';
import { addKeywords, matrixReferences } from './keywords.js';
import type { CompiledRule, EvaluationContext, RuleDefinition, RuleFailure } from './model.js';
import { pathOf } from './schema-errors.js';
import type { Subject } from './subjects.js';
import type { SupportMatrix } from './support-matrix.js';
import { compileTemplate, readPath, TemplateError, type Template } from './template.js';

/**
 * One ajv instance per catalogue, with the custom keywords. `passContext` hands the evaluation context
 * (matrix, now, options) to the keywords, so compiled rules hold no matrix of their own; `verbose` keeps
 * each error's subschema, where an `explain:` text may stand. Strict mode makes a misspelt keyword in an
 * organisation's rule a load error rather than a silently ignored assertion.
 *
 * `checkSchemas: false` skips checking each assertion against the JSON Schema meta-schema, whose own
 * compilation is a quarter of a cold start: only for the built-in rules, which the test suite compiles
 * with the check on (test/rules/catalogue.test.ts).
 */
export function createAjv(options: { checkSchemas: boolean } = { checkSchemas: true }): Ajv2020 {
  const ajv = new Ajv2020({
    validateSchema: options.checkSchemas,
    $data: true,
    passContext: true,
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    logger: false,
  });
  addKeywords(ajv, { checkValues: options.checkSchemas });
  return ajv;
}

export interface CompileOptions {
  /** Compile the assertion when the rule first runs, not now. */
  lazy?: boolean;
  /** Validate a check's `params` against the check's schema; default true. */
  checkParams?: boolean;
}

/** Keywords whose failure only repeats the failures inside them. */
const WRAPPERS = new Set(['if', 'then', 'else', 'anyOf', 'allOf', 'oneOf', '$ref']);
const NONE: RuleFailure[] = [];

/**
 * Compiles one validated rule: its assertion or check, and its message templates. Returns diagnostics
 * located in the rule file instead of throwing, so every broken rule is reported in one run.
 */
export function compileRule(
  rule: RuleDefinition,
  sourceMap: SourceMap,
  ajv: Ajv2020,
  matrix: SupportMatrix,
  options: CompileOptions = {},
): { compiled?: CompiledRule; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (path: Path, message: string, prefer: 'key' | 'value' = 'value'): void => {
    diagnostics.push({ ...sourceMap.locate(path, prefer), message });
  };

  const templates = new Map<string | undefined, Template>();
  const compileAt = (path: Path, text: string): Template | undefined => {
    try {
      const template = compileTemplate(text);
      for (const used of template.paths) {
        if (used.startsWith('$matrix.') && !matrix.facts.has(used.slice('$matrix.'.length))) {
          problem(
            path,
            `${formatPath(path)}: support-matrix path '${used.slice('$matrix.'.length)}' does not exist in ${matrix.file}`,
          );
        }
      }
      return template;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problem(path, `${formatPath(path)}: ${error.message}`);
      return undefined;
    }
  };
  const main = compileAt(['message'], rule.message);
  if (main) templates.set(undefined, main);
  for (const [code, text] of Object.entries(rule.messages ?? {})) {
    const template = compileAt(['messages', code], text);
    if (template) templates.set(code, template);
  }

  let run: ((subject: Subject, context: EvaluationContext) => RuleFailure[]) | undefined;
  if (rule.assert !== undefined) {
    for (const reference of matrixReferences(rule.assert, ['assert'])) {
      if (!matrix.facts.has(reference.path)) {
        problem(reference.at, `support-matrix path '${reference.path}' does not exist in ${matrix.file}`);
      }
    }
    const explains = new Map<string, Template>();
    collectExplains(rule.assert, ['assert'], (path, text) => {
      const template = compileAt(path, text);
      if (template) explains.set(text, template);
    });
    const runWith =
      (getValidate: () => ValidateFunction) =>
      (subject: Subject, context: EvaluationContext): RuleFailure[] => {
        const v = getValidate();
        if (v.call(context, subject)) return NONE;
        return [{ values: { $errors: describeErrors(v.errors ?? [], subject, context, explains) } }];
      };
    const assertion = rule.assert;
    if (options.lazy) {
      // A built-in rule compiles when first evaluated: a run that judges no subject of its kind (validate
      // judges no estate) never pays for it. Every built-in assertion compiles in test/rules.
      let validate: ValidateFunction | undefined;
      run = runWith(() => (validate ??= ajv.compile(assertion)));
    } else {
      const validate = compileAssertion(ajv, assertion, problem);
      if (validate) run = runWith(() => validate);
    }
  } else if (rule.check !== undefined) {
    const check = CHECKS.get(rule.check);
    if (!check) {
      problem(['check'], `unknown check '${rule.check}'; available: ${[...CHECKS.keys()].join(', ')}`);
    } else {
      if (!check.subjects.includes(rule.subject)) {
        problem(
          ['subject'],
          `check '${check.name}' evaluates ${check.subjects.join(' or ')} subjects, not '${rule.subject}'`,
        );
      }
      const params = rule.params ?? {};
      if (check.params) {
        if (options.checkParams !== false) checkParams(check.params, params, problem);
      } else if (rule.params !== undefined) {
        problem(['params'], `check '${check.name}' takes no params`, 'key');
      }
      for (const path of check.matrixPaths(params)) {
        if (!matrix.facts.has(path))
          problem(['params'], `support-matrix path '${path}' does not exist in ${matrix.file}`);
      }
      for (const code of Object.keys(rule.messages ?? {})) {
        if (!check.codes.includes(code)) {
          problem(
            ['messages', code],
            `check '${check.name}' has no failure code '${code}'; its codes: ${check.codes.join(', ')}`,
            'key',
          );
        }
      }
      run = (subject, context) => check.run(subject, context, params);
    }
  }

  if (diagnostics.length > 0 || !run || !main) return { diagnostics };
  const compiled: CompiledRule = {
    ...rule,
    run,
    render(failure, subject, context) {
      const template = templates.get(failure.code) ?? main;
      const values = failure.values;
      return template((path) => (values && path in values ? values[path] : lookup(path, subject, context)));
    },
  };
  return { compiled, diagnostics };
}

/** Validates checks' `params` (plain JSON Schema, no custom keywords); one instance caches each check's schema. */
let paramsAjv: Ajv2020 | undefined;

/** Reports each way a rule's `params` break its check's parameter schema. */
function checkParams(
  schema: Record<string, unknown>,
  params: Record<string, unknown>,
  problem: (path: Path, message: string) => void,
): void {
  // The checks' own parameter schemas (src/rules/checks/): ours, so not checked against the meta-schema.
  paramsAjv ??= new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  const validateParams = paramsAjv.compile(schema);
  if (validateParams(params)) return;
  for (const error of validateParams.errors ?? []) {
    problem(
      ['params', ...pathOf(error.instancePath)],
      `params${error.instancePath.replace(/\//g, '.')} ${error.message}`,
    );
  }
}

function collectExplains(node: unknown, path: Path, found: (path: Path, text: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectExplains(item, [...path, i], found));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'explain' && typeof value === 'string') found([...path, key], value);
    else collectExplains(value, [...path, key], found);
  }
}

/**
 * The assertion's failures as one sentence: each error's `explain:` text (from the subschema it failed
 * in) or ajv's message with the field's path, without the wrappers' repetition.
 */
function describeErrors(
  errors: readonly ErrorObject[],
  subject: Subject,
  context: EvaluationContext,
  explains: ReadonlyMap<string, Template>,
): string {
  const parts: string[] = [];
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const explain = (error.parentSchema as { explain?: unknown } | undefined)?.explain;
    const template = typeof explain === 'string' ? explains.get(explain) : undefined;
    const text = template
      ? template((path) => (path === '$value' ? error.data : lookup(path, subject, context)))
      : `${formatPath(pathOf(error.instancePath))}: ${error.message ?? 'is invalid'}`;
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join('; ');
}

/** A template path: `$matrix.<path>` from the context's support matrix, anything else from the subject. */
function lookup(path: string, subject: Subject, context: EvaluationContext): unknown {
  if (path.startsWith('$matrix.')) return context.matrix.facts.get(path.slice('$matrix.'.length))?.value;
  return readPath(subject, path);
}

/** The path of the first property named `key` in a schema, depth first. */
function findKey(node: unknown, key: string, path: Path): Path | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  for (const [k, v] of Array.isArray(node) ? node.entries() : Object.entries(node)) {
    if (k === key) return [...path, k];
    const found = findKey(v, key, [...path, k]);
    if (found) return found;
  }
  return undefined;
}

/** Compiles an organisation's assertion now, so a broken one is reported at load with its location. */
function compileAssertion(
  ajv: Ajv2020,
  assertion: object,
  problem: (path: Path, message: string, prefer?: 'key' | 'value') => void,
): ValidateFunction | undefined {
  try {
    return ajv.compile(assertion);
  } catch (error) {
    const message = (error as Error).message;
    // Point at the offending key when ajv names it (strict mode: `unknown keyword: "inlist"`).
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    // Or at the value the meta-schema refused (`schema is invalid: data/properties/name/minLength …`).
    const invalidAt = /schema is invalid: data((?:\/[^\s,/]+)+)/.exec(message)?.[1];
    const at =
      keyword !== undefined
        ? findKey(assertion, keyword, ['assert'])
        : invalidAt !== undefined
          ? ['assert', ...pathOf(invalidAt)]
          : undefined;
    problem(at ?? ['assert'], `the assertion is not a valid JSON Schema for this engine: ${message}`, 'key');
    return undefined;
  }
}
