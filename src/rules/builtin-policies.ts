import { join } from 'node:path';
import type { Diagnostic } from '../config/diagnostics.js';
import { InputError } from '../config/diagnostics.js';
import { LazySourceMap } from '../config/lazy-source-map.js';
import {
  matrix as matrixFile,
  rules as ruleFiles,
  type BuiltInPolicyFile,
} from '../generated/builtin-policies.js';
import { builtInPoliciesFolder } from './builtin.js';
import { ruleFromDocument, type LoadedRule } from './load-rules.js';
import { matrixFromDocument, type SupportMatrix } from './support-matrix.js';
import { MATRIX_FILE, readDataFile, RULE_FILE, type DataFileKind } from './yaml-data.js';

// The built-in rules and support matrix come parsed ahead of time (src/generated/builtin-policies.js,
// written by `npm run generate` with the same YAML reader), not from their YAML: parsing it was most of
// loading the catalogue. In a CPU profile of a 10,000-cluster plan, builtInMatrix took 44 ms (40 ms of
// it parsing) and the built-in rules 31 ms (26 ms parsing), against ~7 ms for buildCatalogue itself,
// and every cold start paid the same. The documents still go through the run-time validation and docs
// checks (cheap: compiled validators, one existsSync per rule); only the files' line numbers are left for later,
// parsed from the shipped file if a message ever needs one. test/rules/builtin-policies.test.ts checks
// that the result equals loading policies/ from YAML, so a stale generated file fails `npm test` too.

/**
 * The source map of a shipped file, parsed from the file when a message first needs a location in it
 * (and answering as the eager map would: test/rules/builtin-policies.test.ts).
 */
export function builtInSourceMap(policy: BuiltInPolicyFile, kind: DataFileKind): LazySourceMap {
  return new LazySourceMap(
    policy.file,
    () => readDataFile(join(builtInPoliciesFolder(), policy.path), policy.file, kind).sourceMap,
  );
}

/**
 * policies/rules/*.yaml, validated like any rule folder (loadRuleFolder): a rule that fails is reported
 * beside the ones that loaded.
 */
export function loadBuiltInRules(docsPrefix: (docs: string) => string): {
  rules: LoadedRule[];
  diagnostics: Diagnostic[];
} {
  const context = { folder: builtInPoliciesFolder(), origin: 'built-in' as const, docsPrefix };
  const rules: LoadedRule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const policy of ruleFiles) {
    try {
      const sourceMap = builtInSourceMap(policy, RULE_FILE);
      rules.push(ruleFromDocument(policy.file, policy.value, sourceMap, context, policy.idAt));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics);
    }
  }
  return { rules, diagnostics };
}

/** policies/support-matrix.yaml, validated like any support matrix (loadSupportMatrix). */
export function loadBuiltInMatrix(): SupportMatrix {
  return matrixFromDocument(matrixFile.file, matrixFile.value, builtInSourceMap(matrixFile, MATRIX_FILE));
}
