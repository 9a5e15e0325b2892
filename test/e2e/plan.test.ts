import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { runBundle, STACK_TRACE } from '../support/run-bundle.js';

const NOW = { AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z' };
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));
const ARGS = ['plan', '--config', 'examples/aks-backup.yaml', '--estate', 'examples/estate.json'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-plan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/cli.js plan --estate (no Azure)', () => {
  it('prints a Terraform-style plan and exits 2 because changes are pending', () => {
    const run = runBundle('cli.js', ARGS, NOW);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(2);
    expect(run.stdout.startsWith('AKS Backup Guard will perform the following actions:\n')).toBe(true);
    expect(run.stdout).toMatch(
      /^ {2}\+ extension ".*aks-dev-team-c\/providers\/Microsoft\.KubernetesConfiguration\/extensions\/azure-aks-backup"$/m,
    );
    expect(run.stdout).toMatch(
      /^Plan: \d+ to add, 2 to change, 0 to replace, 0 to destroy\. \d+ findings? \(/m,
    );
  });

  it('writes a schema-valid JSON report whose changes match the terminal plan', () => {
    const run = runBundle('cli.js', [...ARGS, '--format', 'json'], NOW);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.command).toBe('plan');
    expect(report.exitCode).toBe(2);
    expect(report.summary.update).toBe(2);
    expect(report.changes.filter((c: { action: string }) => c.action === 'update')).toEqual([
      expect.objectContaining({
        kind: 'extension',
        cluster: 'aks-prod-neu',
        reasons: ['provisioningState Failed: re-apply the extension'],
      }),
      expect.objectContaining({
        kind: 'backupInstance',
        cluster: 'aks-prod-neu',
        reasons: ['includedNamespaces: [payments, orders] → (all)'],
      }),
    ]);
    // Request bodies belong in the plan file, not in the report.
    expect(JSON.stringify(report.changes)).not.toContain('"body"');
  });

  it('saves the reviewed plan with the digest of the estate it read', () => {
    const file = join(dir, 'plan.json');
    const run = runBundle('cli.js', [...ARGS, '--plan-file', file], NOW);
    expect(run.status).toBe(2);
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    expect(plan).toMatchObject({
      schemaVersion: 1,
      kind: 'aks-backup-guard-plan',
      config: 'examples/aks-backup.yaml',
      options: { allowReplace: false },
    });
    expect(plan.estateDigest).toMatch(/^views2-sha256:[0-9a-f]{64}$/);
    expect(plan.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(plan.changes.every((c: { action: string }) => c.action !== 'noop')).toBe(true);
    expect(
      plan.changes.find((c: { kind: string }) => c.kind === 'backupInstance').body.properties
        .dataSourceSetInfo,
    ).toBeDefined();
  });

  it('refuses a broken estate file with a located message', () => {
    const run = runBundle(
      'cli.js',
      ['plan', '--config', 'examples/aks-backup.yaml', '--estate', 'examples/aks-backup.yaml'],
      NOW,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/aks-backup\.yaml:\d+:\d+: error: /m);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('writes SARIF with per-rule help from the docs, and the Markdown report, via --output-sarif and --output-markdown', () => {
    const sarifFile = join(dir, 'plan.sarif');
    const markdownFile = join(dir, 'plan.md');
    const run = runBundle(
      'cli.js',
      [...ARGS, '--output-sarif', sarifFile, '--output-markdown', markdownFile],
      NOW,
    );
    expect(run.status).toBe(2);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    // Microsoft's SARIF multitool finds no error in it (its exit code is 0 either way: read its results).
    const validation = join(dir, 'validation.sarif');
    const multitool = spawnSync(
      repoPath('node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool'),
      ['validate', '-o', validation, sarifFile],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(multitool.status).toBe(0);
    const verdicts = JSON.parse(readFileSync(validation, 'utf8')).runs[0].results as { level?: string }[];
    expect(verdicts.filter((r) => (r.level ?? 'warning') === 'error')).toEqual([]);
    const rules = sarif.runs[0].tool.driver.rules as {
      id: string;
      help: { markdown: string };
      helpUri: string;
    }[];
    const aksb004 = rules.find((r) => r.id === 'AKSB004')!;
    expect(aksb004.help.markdown).toContain('## Recommendation');
    expect(aksb004.help.markdown).not.toContain('## Examples');
    // A repository path is not an absolute URI, so it is not a helpUri (SARIF1005); the help carries the page.
    expect(aksb004.helpUri).toBeUndefined();
    expect(sarif.runs[0].results.length).toBe(
      JSON.parse(runBundle('cli.js', [...ARGS, '--format', 'json'], NOW).stdout).findings.length,
    );
    const markdown = readFileSync(markdownFile, 'utf8');
    expect(markdown.startsWith('## ⚠️ AKS Backup Guard: plan')).toBe(true);
    expect(markdown).toContain('<details><summary>Changes (19)</summary>');
  });
});
