import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { readRepoFile } from '../support/fixtures.js';
import { EMULATOR_ENV, liveArgs } from '../support/live-cli.js';
import { runBundleAsync, STACK_TRACE } from '../support/run-bundle.js';
import { runActionAsync } from '../support/action-runner.js';

/**
 * The pre-upgrade gate, bundled, against the emulator loaded with examples/estate.json: a stale recovery
 * point makes it take an on-demand backup, wait for the job and for the new recovery point, and report
 * them as action outputs; a fresh one passes at once without writing anything.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const ENV = {
  AKS_BACKUP_GUARD_POLL_INTERVAL_MS: '20',
  ...EMULATOR_ENV,
};
jest.setTimeout(60_000);

let emulator: Emulator;
let dir: string;
beforeAll(async () => {
  emulator = await startEmulator({
    snapshot,
    lro: { steps: 2, stepMs: 20 },
    quota: { limit: 10_000, windowMs: 5000 },
  });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-backup-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const live = (): string[] => liveArgs(emulator.url);

describe('backup gate against the emulator', () => {
  it('passes at once on a fresh recovery point, without taking a backup', async () => {
    // At the snapshot's capture time the latest recovery point of aks-prod-weu is two hours old: within 6h.
    const run = await runBundleAsync(
      'cli.js',
      ['backup', '--config', 'examples/aks-backup.yaml', '--cluster', 'aks-prod-weu', ...live()],
      { ...ENV, AKS_BACKUP_GUARD_NOW: snapshot.capturedAt },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^PASS aks-prod-weu: recovery point \S+ is 1h59m19s old, within 6h$/m);
    expect(run.stdout).not.toContain('on-demand backup started');
  });

  it('takes an on-demand backup when the point is stale, waits for the new point, and sets the outputs', async () => {
    const run = await runActionAsync({
      dir,
      inputs: {
        command: 'backup',
        config: 'examples/aks-backup.yaml',
        cluster: 'aks-prod-weu',
        'max-age': '1h',
        'arm-endpoint': emulator.url,
        'authority-host': emulator.url,
        auth: 'environment',
        comment: 'false',
      },
      env: ENV,
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toContain('aks-prod-weu: on-demand backup started (job');
    expect(run.stdout).toMatch(/PASS aks-prod-weu: new recovery point \S+/);
    expect(run.status).toBe(0);
    for (const name of ['recovery-point-id', 'recovery-point-time', 'job-id', 'wait-seconds'])
      expect(run.outputs[name]).toBeTruthy();
    // The new point is listed by ARM and is younger than the run.
    expect(Date.now() - Date.parse(run.outputs['recovery-point-time']!)).toBeLessThan(60_000);
  });
});

describe('restore-test against the emulator', () => {
  it('restores into the drill cluster and in place under suffixed namespaces, measuring RPO and RTO into the history', async () => {
    const history = join(dir, 'drills.jsonl');
    const run = await runBundleAsync(
      'cli.js',
      ['restore-test', '--config', 'examples/aks-backup.yaml', ...live(), '--history-file', history],
      ENV,
    );
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toMatch(
      /^RESTORED aks-prod-weu → aks-drill-weu: recovery point \S+, RPO \d+s, RTO \d+s$/m,
    );
    expect(run.stdout).toMatch(/^RESTORED aks-platform-weu → aks-platform-weu: /m);
    expect(run.stdout).toContain('Restore drill: 2 of 2 clusters restored.');
    expect(run.status).toBe(0);
    const records = readFileSync(history, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.cluster, r.target, r.status])).toEqual([
      ['aks-prod-weu', 'aks-drill-weu', 'succeeded'],
      ['aks-platform-weu', 'aks-platform-weu', 'succeeded'],
    ]);
    // The latest point may be the one the gate tests above took a moment ago: an RPO of 0 s is real.
    for (const r of records) {
      expect(Number.isInteger(r.rpoSeconds) && r.rpoSeconds >= 0).toBe(true);
      expect(Number.isInteger(r.rtoSeconds) && r.rtoSeconds >= 0).toBe(true);
      expect(typeof r.jobId).toBe('string');
    }
  });

  it('with a snapshot it checks the drill and refuses to pretend it restored anything', async () => {
    const run = await runBundleAsync(
      'cli.js',
      [
        'restore-test',
        '--config',
        'examples/aks-backup.yaml',
        '--estate',
        'examples/estate.json',
        '--cluster',
        'aks-prod-weu',
      ],
      ENV,
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(
      'restore drill failed: a snapshot (--estate) cannot restore anything: run against Azure',
    );
  });
});

describe('backup gate at the daily limit', () => {
  it('fails with exit 2 and AKSB017 when ten on-demand backups already ran today, without starting an eleventh', async () => {
    // The same estate with ten user-triggered backups of aks-prod-weu in the last hours.
    const busy = structuredClone(snapshot);
    const instance = busy.resources.find((r) => /backupInstances\/aks-prod-weu-1f3a9c2e$/i.test(r.id))!;
    const vault = instance.id.slice(0, instance.id.toLowerCase().indexOf('/backupinstances/'));
    for (let i = 0; i < 10; i++) {
      busy.resources.push({
        id: `${vault}/backupJobs/00000000-0000-4000-8000-00000000000${i}`,
        name: `00000000-0000-4000-8000-00000000000${i}`,
        type: 'Microsoft.DataProtection/backupVaults/backupJobs',
        properties: {
          operation: 'OnDemandBackup',
          operationCategory: 'Backup',
          status: 'Completed',
          isUserTriggered: true,
          // Resource Graph is asked for AKS jobs only, as the reader does.
          dataSourceType: 'Microsoft.ContainerService/managedClusters',
          startTime: new Date(Date.now() - (i + 1) * 600_000).toISOString(),
          endTime: new Date(Date.now() - (i + 1) * 600_000 + 120_000).toISOString(),
          backupInstanceId: instance.id,
          dataSourceId: (instance.properties as { dataSourceInfo: { resourceID: string } }).dataSourceInfo
            .resourceID,
        },
      });
    }
    const limited = await startEmulator({ snapshot: busy, quota: { limit: 10_000, windowMs: 5000 } });
    try {
      const run = await runBundleAsync(
        'cli.js',
        [
          'backup',
          '--config',
          'examples/aks-backup.yaml',
          '--cluster',
          'aks-prod-weu',
          '--max-age',
          '1h',
          ...liveArgs(limited.url),
        ],
        ENV,
      );
      expect(run.status).toBe(2);
      expect(run.stdout).toMatch(
        /error AKSB017 \[aks-prod-weu\]: 10 on-demand backups of this instance started in the last 24 hours and the limit is 10 per day/,
      );
      expect(run.stdout).toMatch(/^FAIL aks-prod-weu: .*an on-demand backup may not start now: AKSB017/m);
      expect(run.stdout).not.toContain('on-demand backup started');
    } finally {
      await limited.close();
    }
  });
});

describe('backup gate when the on-demand backup job fails', () => {
  it('exits 2 naming the job and its error, with no recovery point, from the CLI and the action', async () => {
    // The trigger succeeds and returns a job id; the job then ends Failed with errorDetails (§4.9).
    const failing = await startEmulator({
      snapshot,
      lro: { steps: 2, stepMs: 20 },
      quota: { limit: 10_000, windowMs: 5000 },
    });
    const reason =
      /backup job ([0-9a-f-]{36}) Failed: UserErrorKubernetesBackupExtensionUnhealthy: The Backup extension pods in the cluster are not in a healthy state\. Check the extension and retry\./;
    try {
      failing.writes.failNextJobs(2);
      const json = join(dir, 'failed-gate.json');
      const cli = await runBundleAsync(
        'cli.js',
        [
          'backup',
          '--config',
          'examples/aks-backup.yaml',
          '--cluster',
          'aks-prod-weu',
          '--max-age',
          '1h',
          '--output-json',
          json,
          ...liveArgs(failing.url),
        ],
        ENV,
      );
      expect(cli.stdout + cli.stderr).not.toMatch(STACK_TRACE);
      expect(cli.status).toBe(2);
      expect(cli.stderr).toContain('aks-prod-weu: on-demand backup started (job'); // progress goes to stderr
      expect(cli.stdout).toMatch(new RegExp(`^FAIL aks-prod-weu: ${reason.source}$`, 'm'));
      expect(cli.stdout).toMatch(
        new RegExp(`error GATE001 \\[aks-prod-weu\\]: pre-upgrade gate failed: ${reason.source}`),
      );
      expect(cli.stdout).not.toMatch(/^PASS /m);
      const jobId = reason.exec(cli.stdout)![1]!;
      const report = JSON.parse(readFileSync(json, 'utf8')) as {
        exitCode: number;
        gates: { verdict: string; jobId?: string; recoveryPointId?: string }[];
      };
      expect(report.exitCode).toBe(2);
      expect(report.gates).toEqual([expect.objectContaining({ verdict: 'failed', jobId })]);
      expect(report.gates[0]!.recoveryPointId).toBeUndefined();
      // The job Azure holds is the one named: Failed, with the error the gate reported.
      const job = failing.state.get(`${instanceVault()}/backupJobs/${jobId}`);
      expect(job?.properties).toMatchObject({ status: 'Failed', isUserTriggered: true });

      // The action: exit-code 2 and the job id as outputs, the step failed, no recovery point outputs.
      const output = join(dir, 'failed-gate-output');
      writeFileSync(output, '');
      const env: Record<string, string> = {
        ...ENV,
        GITHUB_OUTPUT: output,
        GITHUB_REPOSITORY: 'contoso/platform',
      };
      for (const [name, spec] of Object.entries(actionInputs()))
        env[`INPUT_${name.toUpperCase()}`] = spec.default.startsWith('${{') ? '' : spec.default;
      Object.assign(env, {
        INPUT_COMMAND: 'backup',
        INPUT_CONFIG: 'examples/aks-backup.yaml',
        INPUT_CLUSTER: 'aks-prod-weu',
        'INPUT_MAX-AGE': '1h',
        'INPUT_ARM-ENDPOINT': failing.url,
        'INPUT_AUTHORITY-HOST': failing.url,
        INPUT_AUTH: 'environment',
        INPUT_COMMENT: 'false',
      });
      const run = await runBundleAsync('index.js', [], env);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(
        new RegExp(`::error title=GATE001 aks-prod-weu,.*pre-upgrade gate failed: ${reason.source}`),
      );
      const outputs = readFileSync(output, 'utf8');
      expect(outputs).toMatch(/exit-code<<\S+\n2\n/);
      expect(outputs).toMatch(/job-id<<\S+\n[0-9a-f-]{36}\n/);
      expect(outputs).not.toContain('recovery-point-id<<');
      expect(outputs).not.toContain('recovery-point-time<<');
    } finally {
      await failing.close();
    }
  });
});

/** The vault of aks-prod-weu's backup instance in the example estate. */
function instanceVault(): string {
  const instance = snapshot.resources.find((r) => /backupInstances\/aks-prod-weu-1f3a9c2e$/i.test(r.id))!;
  return instance.id.slice(0, instance.id.toLowerCase().indexOf('/backupinstances/'));
}

function actionInputs(): Record<string, { default: string }> {
  return (parse(readRepoFile('action.yml')) as { inputs: Record<string, { default: string }> }).inputs;
}
