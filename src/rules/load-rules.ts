import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic, SourceLocation } from '../config/diagnostics.js';
import validateRuleDocument from '../generated/rule-validator.js';
import { InputError } from '../config/diagnostics.js';
import type { SourceMap } from '../config/source-map.js';
import type { RuleDefinition, RuleDocument, RuleOrigin } from './model.js';
import { locateSchemaErrors } from './schema-errors.js';
import { parseDataFile, readDataFile, RULE_FILE } from './yaml-data.js';

/** More rules than this in one folder is a wrong path (a repository root), not a policy set. */
const MAX_RULE_FILES = 2000;

export interface LoadedRule {
  definition: RuleDefinition;
  sourceMap: SourceMap;
}

/** Where a rule comes from: its policies folder (docs pages are checked there), origin and docs links. */
export interface RuleContext {
  folder: string;
  origin: RuleOrigin;
  docsPrefix: (docs: string) => string;
}

/** schema/rule.schema.json, compiled ahead of time by `npm run generate`. */
function validateRule(value: unknown): typeof validateRuleDocument {
  validateRuleDocument(value);
  return validateRuleDocument;
}

/**
 * The rule files of a policies folder: `<folder>/rules/*.yaml` when that folder exists (the layout of the
 * built-in `policies/`), else the YAML files of the folder itself. Sorted, so ids and errors come out in
 * a stable order.
 */
export function ruleFiles(folder: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    throw new InputError([
      { file: folder, message: 'policies folder not found: check the path (input `policies`)' },
    ]);
  }
  if (!isDir)
    throw new InputError([{ file: folder, message: 'policies must be a folder of rule files, not a file' }]);
  const rulesDir = join(folder, 'rules');
  const dir = existsSync(rulesDir) && statSync(rulesDir).isDirectory() ? rulesDir : folder;
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) {
    throw new InputError([
      {
        file: folder,
        message: `no rule files (*.yaml) in ${dir}: an empty policies folder is almost certainly a wrong path`,
      },
    ]);
  }
  if (files.length > MAX_RULE_FILES) {
    throw new InputError([
      {
        file: folder,
        message: `${files.length} YAML files; the limit is ${MAX_RULE_FILES} rules per folder`,
      },
    ]);
  }
  return files;
}

/** How messages name a rule file of `folder`: below `displayAs`, with forward slashes on every system. */
export function ruleFileLabel(folder: string, file: string, displayAs: string): string {
  return join(displayAs, relative(folder, file)).replace(/\\/g, '/');
}

/**
 * Reads and validates every rule file of a folder against schema/rule.schema.json. A broken file does not
 * stop the others: its located diagnostics are returned beside the rules that loaded, so one run reports
 * every problem of the folder.
 */
export function loadRuleFolder(
  folder: string,
  origin: RuleOrigin,
  docsPrefix: (docs: string) => string,
  /** How messages name the folder (the built-in one as `policies`, not as a path of this machine). */
  displayAs: string = folder,
): { rules: LoadedRule[]; diagnostics: Diagnostic[] } {
  const rules: LoadedRule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of ruleFiles(folder)) {
    const label = ruleFileLabel(folder, file, displayAs);
    try {
      const { value, sourceMap } = readDataFile(file, label, RULE_FILE);
      rules.push(ruleFromDocument(label, value, sourceMap, { folder, origin, docsPrefix }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { rules, diagnostics };
}

/** Parses and validates the text of one rule file. */
export function parseRuleFile(
  file: string,
  text: string,
  folder: string,
  origin: RuleOrigin,
  docsPrefix: (docs: string) => string,
): LoadedRule {
  const { value, sourceMap } = parseDataFile(file, text, RULE_FILE);
  return ruleFromDocument(file, value, sourceMap, { folder, origin, docsPrefix });
}

/**
 * Validates one parsed rule file against schema/rule.schema.json and checks its docs page: the step every
 * rule goes through, whether its YAML was parsed now (organisation rules) or ahead of time (built-in ones,
 * src/rules/builtin-policies.ts). `idAt` is where the rule's id stands when already known, so that a lazy
 * source map is not built just for it.
 */
export function ruleFromDocument(
  file: string,
  value: unknown,
  sourceMap: SourceMap,
  { folder, origin, docsPrefix }: RuleContext,
  idAt?: SourceLocation,
): LoadedRule {
  const validate = validateRule(value);
  if (validate.errors && validate.errors.length > 0) {
    throw new InputError(locateSchemaErrors(validate.errors, sourceMap));
  }
  const document = value as RuleDocument;
  const diagnostics: Diagnostic[] = [];
  const isUrl = /^https:\/\//.test(document.docs);
  if (!isUrl && (document.docs.includes('..') || document.docs.startsWith('/'))) {
    diagnostics.push({
      ...sourceMap.locate(['docs']),
      message: `docs '${document.docs}' must be a path inside the policies folder (e.g. docs/${document.id}.md) or an https URL`,
    });
  } else if (!isUrl && !existsSync(join(folder, document.docs))) {
    diagnostics.push({
      ...sourceMap.locate(['docs']),
      message: `docs page '${document.docs}' does not exist beside the rules: every rule needs a page with synopsis, description and recommendation`,
    });
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return {
    definition: {
      ...document,
      origin,
      file,
      docsLink: isUrl ? document.docs : docsPrefix(document.docs),
      idAt: idAt ?? sourceMap.locate(['id']),
    },
    sourceMap,
  };
}
