import { join } from 'node:path';
import type { Diagnostic } from '../config/diagnostics.js';
import { InputError } from '../config/diagnostics.js';
import { loadBuiltInMatrix, loadBuiltInRules } from './builtin-policies.js';
import { compileRule, createAjv } from './compile.js';
import { loadRuleFolder, type LoadedRule } from './load-rules.js';
import type { Catalogue, CompiledRule } from './model.js';
import type { SubjectKind } from './subjects.js';
import type { SupportMatrix } from './support-matrix.js';

export interface CatalogueOptions {
  /** The organisation's rule folder (input `policies`), relative to the working directory. */
  organisationFolder?: string;
  /** The support matrix rule references are checked against; default: the built-in one. */
  matrix?: SupportMatrix;
  /**
   * Prefix for built-in docs links, e.g. a repository URL ending in `/`. Default: links relative to the
   * tool's own root (`policies/docs/AKSB001.md`).
   */
  builtInDocsBase?: string;
}

/**
 * Loads, validates and compiles the built-in rules plus an organisation's folder. Any problem (a file
 * that breaks the rule schema, an unknown check or matrix path, an id used twice) is an InputError that
 * names the file, line and column, and for collisions both files.
 */
export function loadCatalogue(options: CatalogueOptions = {}): Catalogue {
  const matrix = options.matrix ?? builtInMatrix();
  const builtInBase = options.builtInDocsBase ?? 'policies/';
  const builtIn = builtInRules(builtInBase);
  const rules = [...builtIn.rules];
  const diagnostics = [...builtIn.diagnostics];
  if (options.organisationFolder !== undefined) {
    const folder = options.organisationFolder;
    const organisation = loadRuleFolder(folder, 'organisation', (docs) =>
      join(folder, docs).replace(/\\/g, '/'),
    );
    rules.push(...organisation.rules);
    diagnostics.push(...organisation.diagnostics);
  }
  return buildCatalogue(rules, matrix, diagnostics);
}

const cachedBuiltInRules = new Map<string, ReturnType<typeof loadBuiltInRules>>();
/**
 * The shipped rules (parsed ahead of time: src/rules/builtin-policies.ts), validated once per process and
 * docs base: one run may load the catalogue more than once (a plan writing SARIF loads it again for the
 * rules' help).
 */
function builtInRules(docsBase: string): ReturnType<typeof loadBuiltInRules> {
  let loaded = cachedBuiltInRules.get(docsBase);
  if (!loaded) {
    loaded = loadBuiltInRules((docs) => `${docsBase}${docs}`);
    cachedBuiltInRules.set(docsBase, loaded);
  }
  return loaded;
}

let cachedMatrix: SupportMatrix | undefined;
/** The shipped policies/support-matrix.yaml (parsed ahead of time), validated once per process. */
export function builtInMatrix(): SupportMatrix {
  cachedMatrix ??= loadBuiltInMatrix();
  return cachedMatrix;
}

let cachedBuiltIn: Catalogue | undefined;
/** The built-in catalogue alone, compiled once per process. */
export function builtInCatalogue(): Catalogue {
  cachedBuiltIn ??= loadCatalogue();
  return cachedBuiltIn;
}

/**
 * Compiles loaded rules into a catalogue. Ids are unique case-insensitively (exemptions name them that
 * way); a later rule that reuses an id is reported at its own `id` with the first one's file and line.
 * Organisation ids may not start with AKSB: the next built-in rule must never collide with them.
 */
export function buildCatalogue(
  loaded: readonly LoadedRule[],
  matrix: SupportMatrix,
  earlier: readonly Diagnostic[] = [],
): Catalogue {
  const diagnostics: Diagnostic[] = [...earlier];
  const seen = new Map<string, LoadedRule>();
  const unique: LoadedRule[] = [];
  for (const rule of loaded) {
    const key = rule.definition.id.toLowerCase();
    const first = seen.get(key);
    if (first) {
      const at = first.definition.idAt;
      diagnostics.push({
        ...rule.definition.idAt,
        message: `rule id '${rule.definition.id}' is already used by ${at.file}:${at.line}:${at.column} (${first.definition.origin}); rule ids must be unique: give this rule another id`,
      });
      continue;
    }
    if (rule.definition.origin === 'organisation' && /^aksb/i.test(rule.definition.id)) {
      diagnostics.push({
        ...rule.definition.idAt,
        message: `rule id '${rule.definition.id}': ids starting with AKSB are reserved for built-in rules; use your organisation's own prefix`,
      });
      continue;
    }
    seen.set(key, rule);
    unique.push(rule);
  }
  // Organisation rules are checked against the meta-schema and their params against their check's schema;
  // the built-in ones were, by the test suite (test/rules/catalogue.test.ts), so a run does not pay for it.
  const ajv = createAjv({ checkSchemas: unique.some((rule) => rule.definition.origin !== 'built-in') });
  const compiled: CompiledRule[] = [];
  for (const rule of unique) {
    const builtIn = rule.definition.origin === 'built-in';
    const result = compileRule(rule.definition, rule.sourceMap, ajv, matrix, {
      lazy: builtIn,
      checkParams: !builtIn,
    });
    diagnostics.push(...result.diagnostics);
    if (result.compiled) compiled.push(result.compiled);
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  const bySubject = new Map<SubjectKind, CompiledRule[]>();
  for (const rule of compiled) {
    const list = bySubject.get(rule.subject) ?? [];
    list.push(rule);
    bySubject.set(rule.subject, list);
  }
  return { rules: compiled, bySubject, byId: new Map(compiled.map((r) => [r.id, r])), matrix };
}
