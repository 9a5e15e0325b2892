import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRepoFile } from '../support/fixtures.js';
import { runBundle, STACK_TRACE } from '../support/run-bundle.js';

const NOW = { AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z' };
const reportSchema = JSON.parse(readRepoFile('schema', 'report.schema.json'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(reportSchema);

describe('dist/cli.js validate (the README main command)', () => {
  it('exits 0 on the shipped example and says what it checked', () => {
    const run = runBundle('cli.js', ['validate', '--config', 'examples/aks-backup.yaml'], NOW);
    expect(run.stderr).toBe('');
    // The legacy cluster's storage in another subscription is a warning the config accepts (exempted).
    expect(run.stdout).toMatch(
      /^examples\/aks-backup\.yaml:\d+:5: warning AKSB007 \[aks-legacy\]: .*\(exempted: Backup storage moves/,
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'examples/aks-backup.yaml: valid (4 clusters, 1 selector, 3 vaults, 3 policies, 2 exemptions). Findings: 0 errors, 0 warnings, 0 info, 1 exempted.',
    );
    expect(run.status).toBe(0);
  });

  it('writes a JSON report that matches schema/report.schema.json, on stdout and to --output-json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksbg-cli-'));
    try {
      const file = join(dir, 'nested', 'report.json');
      const run = runBundle(
        'cli.js',
        ['validate', '--config', 'examples/aks-backup.yaml', '--format', 'json', '--output-json', file],
        NOW,
      );
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(validateReport(report)).toBe(true);
      expect(report).toMatchObject({
        command: 'validate',
        exitCode: 0,
        generatedAt: '2026-11-21T12:00:00.000Z',
        errors: [],
      });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(report);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 when findings reach fail-on, and 0 when fail-on is above them', () => {
    const config = 'test/fixtures/config/good/exemptions-need-attention.yaml';
    const run = runBundle('cli.js', ['validate', '--config', config], NOW);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(
      `${config}:12:5: error AKSB028: exemption 1 (AKSB007) expired on 2026-01-31`,
    );
    expect(run.stdout).toContain(
      `${config}:14:5: warning AKSB028: exemption 3 (AKSB027) expires on 2026-11-30 (in 10 days)`,
    );
    const json = runBundle('cli.js', ['validate', '--config', config, '--format', 'json'], NOW);
    const report = JSON.parse(json.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.summary.findings).toEqual({ error: 2, warning: 1, info: 0, exempted: 0 });
    expect(report.exitCode).toBe(2);
  });
});

describe('dist/cli.js on every bad input', () => {
  const badDir = 'test/fixtures/config/bad';
  const fixtures = readdirSync(badDir).filter((f) => f.endsWith('.yaml'));

  it.each(fixtures)('%s: exit 1, located messages, no stack trace', (fixture) => {
    const run = runBundle('cli.js', ['validate', '--config', `${badDir}/${fixture}`], NOW);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`^${badDir}/${fixture.replace('.', '\\.')}:\\d+:\\d+: error: `, 'm'),
    );
    expect(run.stdout).toMatch(/validate failed: \d+ problems? to fix in the input\.\n$/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a JSON report of bad input lists the errors and still matches the schema', () => {
    const run = runBundle(
      'cli.js',
      ['validate', '--config', `${badDir}/unknown-key.yaml`, '--format', 'json'],
      NOW,
    );
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.errors).toEqual([
      {
        file: `${badDir}/unknown-key.yaml`,
        line: 11,
        column: 5,
        message: "unknown key 'polciy' in clusters[0]; did you mean 'policy'?",
      },
    ]);
  });

  it('a missing file exits 1 with its name', () => {
    const run = runBundle('cli.js', ['validate', '--config', 'nope.yaml'], NOW);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^nope\.yaml: error: desired-state file not found/);
  });
});

describe('dist/cli.js arguments', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aksbg-args-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help with every command and option', () => {
    const run = runBundle('cli.js', ['--help']);
    expect(run.status).toBe(0);
    for (const word of [
      'validate',
      'plan',
      'apply',
      'audit',
      'backup',
      'restore-test',
      'export',
      'rules',
      '--config',
      '--fail-on',
      '--arm-endpoint',
      '--shard',
    ]) {
      expect(run.stdout).toContain(word);
    }
  });

  it('prints the version', () => {
    const run = runBundle('cli.js', ['--version']);
    expect(run.stdout).toBe(`${JSON.parse(readRepoFile('package.json')).version}\n`);
  });

  it('refuses unknown options with a suggestion, and bad values with what is allowed', () => {
    const run = runBundle('cli.js', ['validate', '--confg', 'x.yaml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "command line: unknown option '--confg'; did you mean '--config'? (see --help)\n",
    );
    const bad = runBundle('cli.js', ['validate', '--fail-on', 'fatal', '--shard', '3/2']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--fail-on must be one of error, warning, info; got 'fatal'");
    expect(bad.stderr).toContain("--shard must be 'i/n' with 1 <= i <= n");
  });

  it('refuses an unknown command with the list of commands', () => {
    const run = runBundle('cli.js', ['valdate']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "must be one of validate, plan, apply, audit, backup, restore-test, export, rules; got 'valdate' (did you mean 'validate'?)",
    );
  });

  it('reports an unwritable --output-json path as an error, not a crash', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const run = runBundle(
      'cli.js',
      ['validate', '--config', 'examples/aks-backup.yaml', '--output-json', join(blocker, 'report.json')],
      NOW,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot write the JSON report');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a malformed AKS_BACKUP_GUARD_NOW with a message', () => {
    const run = runBundle('cli.js', ['validate', '--config', 'examples/aks-backup.yaml'], {
      AKS_BACKUP_GUARD_NOW: 'yesterday',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "error: AKS_BACKUP_GUARD_NOW must be an ISO 8601 instant such as 2026-11-21T12:00:00Z; got 'yesterday'\n",
    );
  });
});

describe('dist/cli.js --sarif-file', () => {
  it('writes SARIF beside the terminal output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksbg-sarif-cli-'));
    try {
      const file = join(dir, 'out', 'aks-backup.sarif');
      const config = 'test/fixtures/config/good/exemptions-need-attention.yaml';
      const run = runBundle('cli.js', ['validate', '--config', config, '--sarif-file', file], NOW);
      expect(run.status).toBe(2);
      const sarif = JSON.parse(readFileSync(file, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results).toHaveLength(3);
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(config);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
