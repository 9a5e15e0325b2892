import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../../src/report/build.js';
import type { Finding } from '../../src/report/model.js';
import { MAX_SARIF_RESULTS, renderSarif, toUri, type RuleDescriptor } from '../../src/report/sarif.js';
import { repoPath } from '../support/fixtures.js';

/**
 * The SARIF output is checked two ways: by Microsoft's SARIF multitool (it reports JSON errors and its
 * own rules; in 5.7.0 it reported nothing for schema violations when tried here), and against the
 * official OASIS SARIF 2.1.0 JSON Schema that ships inside the multitool package.
 */
const MULTITOOL_DIR = repoPath('node_modules', '@microsoft', 'sarif-multitool-linux');
const sarifSchema = JSON.parse(readFileSync(join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormatsPkg.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

const RULES: RuleDescriptor[] = [
  {
    id: 'AKSB001',
    name: 'Azure.AKSBackup.RegionSupported',
    title: 'The cluster region supports AKS backup.',
    severity: 'error',
    docs: 'https://example.test/AKSB001',
    help: '**Region** must be [supported](https://example.test/AKSB001).',
  },
  {
    id: 'AKSB026',
    name: 'Azure.AKSBackup.VaultSoftDelete',
    title: 'Soft delete is on.',
    severity: 'warning',
  },
];
const BASE = '/repo';
const findings: Finding[] = [
  {
    ruleId: 'AKSB001',
    severity: 'error',
    message: 'region qatarcentral does not support AKS backup',
    cluster: 'aks-a',
    resourceId:
      '/subscriptions/x/resourceGroups/r/providers/Microsoft.ContainerService/managedClusters/aks-a',
    file: '/repo/.github/aks-backup.yaml',
    line: 12,
    column: 5,
    exempted: false,
  },
  {
    ruleId: 'AKSB026',
    severity: 'warning',
    message: 'soft delete is off',
    file: '.github/aks-backup.yaml',
    line: 3,
    column: 3,
    exempted: true,
    exemption: { reason: 'OPS-1', expires: '2027-01-31' },
  },
  { ruleId: 'AKSB099', severity: 'info', message: 'an organisation rule', exempted: false },
];
const report = buildReport({
  command: 'plan',
  failOn: 'error',
  now: new Date('2026-11-21T12:00:00Z'),
  config: '.github/aks-backup.yaml',
  findings,
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-sarif-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderSarif', () => {
  const sarif = JSON.parse(renderSarif(report, { baseDir: BASE, rules: RULES }));
  const run = sarif.runs[0];
  const result = (ruleId: string) => run.results.find((r: { ruleId: string }) => r.ruleId === ruleId);

  it('is valid SARIF 2.1.0 by the official schema', () => {
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes Microsoft SARIF multitool validate with no error-level results', () => {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, renderSarif(report, { baseDir: BASE, rules: RULES }));
    // The npm shim goes through a shell; call the binary (TOOLCHAIN.md pitfall 12). Its exit code is 0
    // even for invalid files, so read its results instead.
    const run = spawnSync(join(MULTITOOL_DIR, 'Sarif.Multitool'), ['validate', '-o', output, input], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    const errors = validation.runs[0].results.filter(
      (r: { level?: string }) => (r.level ?? 'warning') === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('the multitool does catch a broken file (so the check above can fail)', () => {
    const input = join(dir, 'broken.sarif');
    const output = join(dir, 'broken-validation.sarif');
    writeFileSync(input, '{"version": "2.1.0", "runs": [');
    spawnSync(join(MULTITOOL_DIR, 'Sarif.Multitool'), ['validate', '-o', output, input], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    expect(validation.runs[0].results.some((r: { level?: string }) => r.level === 'error')).toBe(true);
  });

  it('has one rule per rule id, with help from the docs, and a minimal one for unknown ids', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['AKSB001', 'AKSB026', 'AKSB099']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      name: 'Azure.AKSBackup.RegionSupported',
      helpUri: 'https://example.test/AKSB001',
      help: {
        markdown: '**Region** must be [supported](https://example.test/AKSB001).',
        text: 'Region must be supported (https://example.test/AKSB001).',
      },
      defaultConfiguration: { level: 'error' },
    });
    expect(
      JSON.parse(
        renderSarif(report, { baseDir: BASE, rules: [{ ...RULES[0]!, docs: 'policies/docs/AKSB001.md' }] }),
      ).runs[0].tool.driver.rules[0].helpUri,
    ).toBeUndefined();
    expect(run.tool.driver.rules[2]).toMatchObject({
      id: 'AKSB099',
      shortDescription: { text: 'an organisation rule' },
      defaultConfiguration: { level: 'note' },
    });
  });

  it('locates results in the repository-relative YAML file, falling back to the config file', () => {
    expect(result('AKSB001').locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/aks-backup.yaml' },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(result('AKSB001').ruleIndex).toBe(0);
    expect(result('AKSB099').ruleIndex).toBe(2);
    expect(result('AKSB001').message.text).toBe('aks-a: region qatarcentral does not support AKS backup');
    expect(result('AKSB099').locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/aks-backup.yaml' },
      region: { startLine: 1, startColumn: 1 },
    });
  });

  it('marks exempted findings as accepted suppressions with the reason', () => {
    expect(result('AKSB001').suppressions).toBeUndefined();
    expect(result('AKSB026').suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'OPS-1 (until 2027-01-31)' },
    ]);
  });

  it('keeps fingerprints stable when the finding moves to another line', () => {
    const moved = buildReport({
      command: 'plan',
      failOn: 'error',
      now: new Date(),
      findings: [{ ...findings[0]!, line: 40 }],
    });
    const again = JSON.parse(renderSarif(moved, { baseDir: BASE, rules: RULES })).runs[0].results[0];
    expect(again.partialFingerprints).toEqual(result('AKSB001').partialFingerprints);
    expect(result('AKSB001').partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it("stays within GitHub's 25,000 results per run and says what was left out", () => {
    const many = Array.from({ length: MAX_SARIF_RESULTS + 5 }, (_, i) => ({
      ...findings[0]!,
      cluster: `aks-${i}`,
    }));
    const big = JSON.parse(
      renderSarif(buildReport({ command: 'audit', failOn: 'error', now: new Date(), findings: many }), {
        baseDir: BASE,
        rules: RULES,
      }),
    );
    expect(big.runs[0].results).toHaveLength(MAX_SARIF_RESULTS);
    expect(big.runs[0].properties.truncated).toContain('5 results left out');
  });
});

describe('toUri', () => {
  it('makes absolute paths relative and uses forward slashes', () => {
    expect(toUri('/repo/a/b.yaml', '/repo')).toBe('a/b.yaml');
    expect(toUri('./a/b.yaml', '/repo')).toBe('a/b.yaml');
  });
});
