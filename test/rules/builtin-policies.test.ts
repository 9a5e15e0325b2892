import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../src/config/diagnostics.js';
import { LazySourceMap } from '../../src/config/lazy-source-map.js';
import type { Path } from '../../src/config/source-map.js';
import { matrix as matrixFile, rules as ruleFiles } from '../../src/generated/builtin-policies.js';
import { builtInPoliciesFolder } from '../../src/rules/builtin.js';
import { builtInSourceMap, loadBuiltInRules } from '../../src/rules/builtin-policies.js';
import { buildCatalogue, builtInCatalogue, builtInMatrix, loadCatalogue } from '../../src/rules/catalogue.js';
import { loadRuleFolder } from '../../src/rules/load-rules.js';
import { loadSupportMatrix, type SupportMatrix } from '../../src/rules/support-matrix.js';
import { MATRIX_FILE, readDataFile } from '../../src/rules/yaml-data.js';

/**
 * The built-in policies come from src/generated/builtin-policies.js (parsed ahead of time), not from their
 * YAML. Everything here compares them with loading policies/ through the YAML path, the way organisation
 * folders still load, so a generated file that is stale (a rule edited without `npm run generate`) fails.
 */
const folder = builtInPoliciesFolder();
const fromYaml = loadRuleFolder(folder, 'built-in', (docs) => `policies/${docs}`, 'policies');
const matrixFromYaml = () =>
  loadSupportMatrix(join(folder, 'support-matrix.yaml'), 'policies/support-matrix.yaml');

/** Every path of a parsed document, and below each one a key that does not exist. */
function allPaths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path, [...path, 'no-such-key']];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...allPaths(item, [...path, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) out.push(...allPaths(child, [...path, key]));
  return out;
}

function diagnosticsOf(load: () => unknown): readonly Diagnostic[] {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('the built-in policies, parsed ahead of time', () => {
  it("builtInCatalogue()'s rules are what loading policies/ from YAML gives: ids, definitions, idAt", () => {
    expect(fromYaml.diagnostics).toEqual([]);
    const definitions = builtInCatalogue().rules.map(
      ({ run: _run, render: _render, ...definition }) => definition,
    );
    expect(definitions.map((d) => d.id)).toEqual(fromYaml.rules.map((r) => r.definition.id));
    expect(definitions.map((d) => d.idAt)).toEqual(fromYaml.rules.map((r) => r.definition.idAt));
    expect(definitions).toStrictEqual(fromYaml.rules.map((r) => r.definition));
  });

  it('builtInMatrix() is what loading policies/support-matrix.yaml from YAML gives', () => {
    expect(builtInMatrix()).toStrictEqual(matrixFromYaml());
  });

  it('the generated file holds every rule file, in order, labelled as loadRuleFolder labels them', () => {
    expect(ruleFiles.map((r) => r.file)).toEqual(fromYaml.rules.map((r) => r.definition.file));
    expect(ruleFiles.map((r) => join(folder, r.path))).toEqual(
      fromYaml.rules.map((r) => join(folder, r.definition.file.replace(/^policies\//, ''))),
    );
  });

  it('loading the built-in rules parses no YAML: their source maps are lazy and stay unparsed', () => {
    const loaded = loadBuiltInRules((docs) => `policies/${docs}`);
    expect(loaded.diagnostics).toEqual([]);
    for (const rule of loaded.rules) {
      expect(rule.sourceMap).toBeInstanceOf(LazySourceMap);
      expect((rule.sourceMap as LazySourceMap).parsed).toBe(false);
    }
  });

  it("a lazy source map locates every value of a rule file exactly as the YAML path's eager one", () => {
    const loaded = loadBuiltInRules((docs) => `policies/${docs}`);
    loaded.rules.forEach((rule, i) => {
      const eager = fromYaml.rules[i]!.sourceMap;
      expect(rule.sourceMap.file).toBe(eager.file);
      expect(rule.sourceMap.locate(['id'])).toEqual(rule.definition.idAt);
      for (const path of allPaths(ruleFiles[i]!.value)) {
        for (const prefer of ['key', 'value'] as const) {
          expect({ path, at: rule.sourceMap.locate(path, prefer) }).toEqual({
            path,
            at: eager.locate(path, prefer),
          });
        }
      }
      expect((rule.sourceMap as LazySourceMap).parsed).toBe(true);
    });
  });

  it("the support matrix's lazy source map locates every value exactly as the eager one", () => {
    const lazy = builtInSourceMap(matrixFile, MATRIX_FILE);
    const eager = readDataFile(
      join(folder, 'support-matrix.yaml'),
      'policies/support-matrix.yaml',
      MATRIX_FILE,
    ).sourceMap;
    expect(lazy.parsed).toBe(false);
    expect(lazy.file).toBe(eager.file);
    for (const path of allPaths(matrixFile.value)) {
      for (const prefer of ['key', 'value'] as const) {
        expect({ path, at: lazy.locate(path, prefer) }).toEqual({ path, at: eager.locate(path, prefer) });
      }
    }
  });

  it('diagnostics located in built-in files read the same as from YAML (here: a matrix without facts)', () => {
    const empty: SupportMatrix = { ...builtInMatrix(), facts: new Map() };
    const lazy = diagnosticsOf(() => loadCatalogue({ matrix: empty }));
    const eager = diagnosticsOf(() => buildCatalogue(fromYaml.rules, empty));
    expect(lazy.length).toBeGreaterThan(10);
    expect(lazy).toEqual(eager);
    expect(lazy[0]).toMatchObject({ file: 'policies/rules/AKSB001.yaml', line: expect.any(Number) });
  });
});
