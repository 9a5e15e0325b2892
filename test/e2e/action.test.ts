import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readRepoFile } from '../support/fixtures.js';
import { runAction as runStep } from '../support/action-runner.js';
import { runBundle, STACK_TRACE } from '../support/run-bundle.js';

/**
 * dist/index.js as the Actions runner starts it: inputs as INPUT_<NAME> variables (hyphens kept, names
 * upper-cased), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, defaults from action.yml filled in by the
 * runner. Pull-request comments and Azure come with the commands that need them.
 */
const action = parse(readRepoFile('action.yml')) as {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, unknown>;
  runs: Record<string, string>;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-action-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The runner sets every declared input, with its default unless the workflow gives one. */
function runAction(inputs: Record<string, string>) {
  return runStep({ dir, inputs, token: 'ghs_fake', env: { AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z' } });
}

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('declares every input the issue asks for, each with a description and a default', () => {
    const required = [
      'command',
      'config',
      'fail-on',
      'policies',
      'estate',
      'scope',
      'auth',
      'client-id',
      'tenant-id',
      'subscription-id',
      'audience',
      'cloud',
      'arm-endpoint',
      'authority-host',
      'allow-replace',
      'prune',
      'concurrency',
      'shard',
      'cluster',
      'max-age',
      'comment',
      'sarif-file',
      'json-file',
      'github-token',
    ];
    for (const name of required) expect(action.inputs[name]).toBeDefined();
    expect(action.inputs.config!.default).toBe('.github/aks-backup.yaml');
    expect(action.inputs['fail-on']!.default).toBe('error');
  });
});

describe('dist/index.js validate', () => {
  it('passes on the example: outputs, summary, no annotations', () => {
    const run = runAction({
      command: 'validate',
      config: 'examples/aks-backup.yaml',
      'json-file': join(dir, 'report.json'),
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({
      'exit-code': '0',
      errors: '0',
      findings: '0',
      'findings-error': '0',
      changes: '0',
      'json-file': join(dir, 'report.json'),
    });
    expect(run.stdout).toContain(
      'examples/aks-backup.yaml: valid (4 clusters, 1 selector, 3 vaults, 3 policies, 2 exemptions)',
    );
    expect(run.stdout).not.toContain('::error');
    expect(run.summary).toContain('## ✅ AKS Backup Guard: validate');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).exitCode).toBe(0);
  });

  it('fails the step on bad input with annotations on the YAML lines', () => {
    const config = 'test/fixtures/config/bad/unknown-reference.yaml';
    const run = runAction({ command: 'validate', config });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `::error title=Invalid desired state,file=${config},line=11,col=13::clusters[0].policy refers to policy 'daily-03d'`,
    );
    expect(run.stdout).toContain(
      `::error title=Invalid desired state,file=${config},line=12,col=12::clusters[0].vault refers to vault 'backup'`,
    );
    expect(run.stdout).toContain('::error::validate failed: see the problems above.');
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.summary).toContain('## ❌ AKS Backup Guard: validate');
    expect(run.summary).toContain('### Problems to fix');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('fails on findings at fail-on, annotates them, and passes when fail-on is raised above them', () => {
    const config = 'test/fixtures/config/good/exemptions-need-attention.yaml';
    const failing = runAction({ command: 'validate', config });
    expect(failing.status).toBe(1);
    expect(failing.outputs).toMatchObject({ 'exit-code': '2', 'findings-error': '2', findings: '3' });
    expect(failing.stdout).toContain(
      `::error title=AKSB028,file=${config},line=12,col=5::exemption 1 (AKSB007) expired on 2026-01-31`,
    );
    expect(failing.stdout).toContain(
      `::warning title=AKSB028,file=${config},line=14,col=5::exemption 3 (AKSB027) expires on 2026-11-30`,
    );
    expect(failing.summary).toContain('### 🔴 error (2)');
  });

  it('reports invalid inputs by name, without a stack trace', () => {
    const run = runAction({
      command: 'validate',
      'fail-on': 'fatal',
      concurrency: 'many',
      'arm-endpoint': 'http://127.0.0.1:1',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("input 'fail-on' must be one of error, warning, info; got 'fatal'");
    expect(run.stdout).toContain("input 'concurrency' must be a whole number from 1 to 64; got 'many'");
    expect(run.stdout).toContain("input 'arm-endpoint' must be an https:// URL");
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('names a missing config file (the default path) clearly', () => {
    const run = runAction({ command: 'validate' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Invalid desired state,file=.github/aks-backup.yaml::desired-state file not found',
    );
  });
});

describe('dist/index.js on a runner without output files', () => {
  it('warns about outputs it cannot set instead of crashing', () => {
    const env: Record<string, string> = {
      GITHUB_OUTPUT: join(dir, 'missing', 'output'),
      INPUT_COMMAND: 'validate',
      INPUT_CONFIG: 'examples/aks-backup.yaml',
    };
    for (const [name, spec] of Object.entries(action.inputs))
      env[`INPUT_${name.toUpperCase()}`] ??= spec.default.startsWith('${{') ? '' : spec.default;
    const run = runBundle('index.js', [], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("::warning::output 'exit-code' not set: Missing file at path:");
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('dist/index.js plan and audit on the example estate', () => {
  it('plan: outputs has-changes and counts, writes the plan file, summary shows the changes', () => {
    const run = runAction({
      command: 'plan',
      config: 'examples/aks-backup.yaml',
      estate: 'examples/estate.json',
      'plan-file': join(dir, 'plan.json'),
      'sarif-file': join(dir, 'plan.sarif'),
    });
    expect(run.status).toBe(1); // changes pending and error findings: the step fails, as terraform -detailed-exitcode would signal
    expect(run.outputs).toMatchObject({
      'exit-code': '2',
      'has-changes': 'true',
      changes: '19',
      'sarif-file': join(dir, 'plan.sarif'),
    });
    expect(run.stdout).toContain('::error::19 change(s) pending.');
    expect(run.summary).toContain('<details><summary>Changes (19)</summary>');
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')).kind).toBe('aks-backup-guard-plan');
  });

  it('audit: the compliance output and the per-cluster table in the summary', () => {
    const run = runAction({
      command: 'audit',
      config: 'examples/aks-backup.yaml',
      estate: 'examples/estate.json',
    });
    expect(run.outputs).toMatchObject({ 'exit-code': '2', compliance: '25' });
    expect(run.summary).toContain(
      '| Cluster | Protection | Latest recovery point | Last job | Drift | Findings | Compliant |',
    );
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});
