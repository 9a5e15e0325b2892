import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { readRepoFile } from '../support/fixtures.js';
import { EMULATOR_ENV, liveArgs } from '../support/live-cli.js';
import { runBundleAsync, STACK_TRACE } from '../support/run-bundle.js';
import { runActionAsync } from '../support/action-runner.js';

/**
 * The bundled CLI's apply against the emulator loaded with examples/estate.json, as a user runs it: over
 * HTTPS trusted through NODE_EXTRA_CA_CERTS, signed in with AZURE_* variables, no terminal (so
 * --auto-approve is required). Reviewed plan → apply → plan shows nothing left to change; a drifted
 * estate is refused; a second apply writes nothing.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const ENV = {
  AKS_BACKUP_GUARD_NOW: snapshot.capturedAt,
  AKS_BACKUP_GUARD_POLL_INTERVAL_MS: '10',
  ...EMULATOR_ENV,
};
const CONFIG = ['--config', 'examples/aks-backup.yaml'];
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));

// Each test starts the bundle two or three times; on two busy cores that takes seconds.
jest.setTimeout(30_000);

let emulator: Emulator;
let dir: string;
beforeAll(async () => {
  emulator = await startEmulator({
    snapshot,
    lro: { steps: 1, stepMs: 2 },
    quota: { limit: 10_000, windowMs: 5000 },
  });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-apply-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const live = (): string[] => liveArgs(emulator.url);

describe('dist/cli.js apply against the emulator', () => {
  it('refuses without a terminal and without --auto-approve, before reading or writing Azure', async () => {
    const run = await runBundleAsync('cli.js', ['apply', ...CONFIG, ...live()], ENV);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('give --auto-approve to apply without confirmation');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(emulator.stats.graphPages).toBe(0);
    expect(emulator.writes.log).toEqual([]);
  });

  it('applies the reviewed plan, then plan finds nothing left to change', async () => {
    const planFile = join(dir, 'plan.json');
    const planned = await runBundleAsync(
      'cli.js',
      ['plan', ...CONFIG, ...live(), '--allow-replace', '--plan-file', planFile],
      ENV,
    );
    expect(planned.status).toBe(2);
    const reportFile = join(dir, 'apply.json');
    const applied = await runBundleAsync(
      'cli.js',
      [
        'apply',
        ...CONFIG,
        ...live(),
        '--allow-replace',
        '--auto-approve',
        '--plan-file',
        planFile,
        '--json-file',
        reportFile,
      ],
      ENV,
    );
    expect(applied.stdout + applied.stderr).not.toMatch(STACK_TRACE);
    expect(applied.status).toBe(0);
    // One line as each change starts and one as it ends, with its time; then the summary.
    expect(applied.stderr).toMatch(/^\+ backupInstance aks-legacy-48af1a45: creating…$/m);
    expect(applied.stderr).toMatch(/^\+ backupInstance aks-legacy-48af1a45: created after \d+\.\ds$/m);
    expect(applied.stderr).toMatch(/^-\/\+ backupInstance aks-platform-weu-\w+: replaced after \d+\.\ds$/m);
    expect(applied.stderr).toMatch(
      /^Apply complete: 20 changes in \d+\.\ds \(17 added, 2 changed, 1 replaced, 0 destroyed\)\.$/m,
    );
    expect(applied.stdout).toMatch(/^Apply complete: 17 added, 2 changed, 1 replaced, 0 destroyed\.$/m);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(validateReport(report)).toBe(true);
    expect(report).toMatchObject({ command: 'apply', exitCode: 0, errors: [] });
    expect(report.changes.every((c: { outcome: { status: string } }) => c.outcome.status === 'done')).toBe(
      true,
    );
    expect(emulator.writes.validator.violations).toEqual([]);

    emulator.settleAll();
    const after = await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live(), '--format', 'json'], ENV);
    const plan = JSON.parse(after.stdout);
    expect(plan.summary).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0 });
    expect(plan.changes.every((c: { action: string }) => c.action === 'noop')).toBe(true);
    // What remains are findings apply has no change for: a disabled snapshot controller (a cluster setting)
    // and a failed job in the last 24 h (history). The Failed extension was re-applied, and the instances
    // created minutes ago are not due a recovery point yet.
    const remaining = [
      ...new Set(
        plan.findings
          .filter((f: { exempted: boolean }) => !f.exempted)
          .map((f: { ruleId: string }) => f.ruleId),
      ),
    ].sort();
    expect(remaining).toEqual(['AKSB004', 'AKSB029']);
  });

  it('a second apply writes nothing', async () => {
    const writes = emulator.writes.log.length;
    const again = await runBundleAsync('cli.js', ['apply', ...CONFIG, ...live(), '--auto-approve'], ENV);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Apply complete: no changes. Azure matches the desired state.');
    expect(emulator.writes.log.length).toBe(writes);
  });

  it('refuses a reviewed plan when Azure changed since, writing nothing', async () => {
    const planFile = join(dir, 'plan-2.json');
    await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live(), '--plan-file', planFile], ENV);
    const assignment = emulator.state
      .armDocuments()
      .find((doc) => doc.type === 'Microsoft.Authorization/roleAssignments')!;
    emulator.remove(assignment.id);
    const writes = emulator.writes.log.length;
    const run = await runBundleAsync(
      'cli.js',
      ['apply', ...CONFIG, ...live(), '--auto-approve', '--plan-file', planFile],
      ENV,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /Azure changed since the plan in .*plan-2\.json was made .*: run plan again, review it, then apply the new plan/,
    );
    expect(run.stdout).toContain('Apply refused: nothing was changed');
    expect(emulator.writes.log.length).toBe(writes);
  });
});

describe('dist/index.js (the action) with command: apply', () => {
  it('applies without auto-approve: in a workflow, command: apply is the approval', async () => {
    const own = await startEmulator({
      snapshot,
      lro: { steps: 1, stepMs: 2 },
      quota: { limit: 10_000, windowMs: 5000 },
    });
    try {
      const run = await runActionAsync({
        dir,
        inputs: {
          command: 'apply',
          config: 'examples/aks-backup.yaml',
          'arm-endpoint': own.url,
          'authority-host': own.url,
          auth: 'environment',
          comment: 'false',
        },
        env: ENV,
        token: 'ghs_fake',
      });
      expect(run.stdout).not.toMatch(STACK_TRACE);
      expect(run.stdout).toMatch(/^Apply complete: 17 added, 2 changed, 0 replaced, 0 destroyed\.$/m);
      expect(run.stdout).not.toContain('::error::');
      expect(run.summary).toContain('AKS Backup Guard: apply');
      expect(own.writes.log.length).toBeGreaterThan(10);
    } finally {
      await own.close();
    }
  });
});
