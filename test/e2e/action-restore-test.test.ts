import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { TEST_FEDERATED_CLIENT_ID, TEST_TENANT_ID } from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github-emulator/server.js';
import { githubIdToken, runActionAsync } from '../support/action-runner.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { STACK_TRACE } from '../support/run-bundle.js';

/**
 * The restore drill as a scheduled workflow runs it: dist/index.js with `command: restore-test` and
 * `auth: oidc`, the runner's ID token (GitHub emulator) exchanged at Entra for ARM access (Azure
 * emulator), validateRestore and restore as long-running operations, then RPO and RTO in the log, the
 * outputs, the job summary and the history file.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const REQUEST_TOKEN = 'runner-request-token';
const DRILL_CLUSTER =
  '/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-drill-weu/providers/Microsoft.ContainerService/managedClusters/aks-drill-weu';
jest.setTimeout(60_000);

let github: GitHubEmulator;
let dir: string;
beforeAll(async () => {
  github = await startGitHubEmulator({
    oidc: { requestToken: REQUEST_TOKEN, idToken: (a) => githubIdToken(a) },
  });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-restore-'));
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

async function restoreTest(azure: Emulator, runDir: string, inputs: Record<string, string> = {}) {
  return runActionAsync({
    dir: runDir,
    inputs: {
      command: 'restore-test',
      config: 'examples/aks-backup.yaml',
      auth: 'oidc',
      'client-id': TEST_FEDERATED_CLIENT_ID,
      'tenant-id': TEST_TENANT_ID,
      'arm-endpoint': azure.url,
      'authority-host': azure.url,
      ...inputs,
    },
    env: {
      NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
      GITHUB_EVENT_NAME: 'schedule',
      // Operations poll every 15 s in production; the emulator finishes them in milliseconds.
      AKS_BACKUP_GUARD_POLL_INTERVAL_MS: '20',
    },
  });
}

describe('restore-test through dist/index.js with auth: oidc', () => {
  it('restores both drills, sets job-id and wait-seconds, writes the summary and the history, exits 0', async () => {
    const azure = await startEmulator({
      snapshot,
      lro: { steps: 2, stepMs: 20 },
      quota: { limit: 10_000, windowMs: 5000 },
    });
    try {
      const runDir = mkdtempSync(join(dir, 'ok-'));
      const history = join(runDir, 'drills.jsonl');
      const started = Date.now();
      const run = await restoreTest(azure, runDir, { 'history-file': history });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toContain('signed in with oidc');
      expect(run.stdout).toMatch(
        /^RESTORED aks-prod-weu → aks-drill-weu: recovery point \S+, RPO \d+s, RTO \d+s$/m,
      );
      expect(run.stdout).toMatch(/^RESTORED aks-platform-weu → aks-platform-weu: /m);
      expect(run.stdout).toContain('Restore drill: 2 of 2 clusters restored.');
      expect(run.stdout).not.toMatch(/^::(error|warning)/m);
      expect(run.status).toBe(0);

      const records = readFileSync(history, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(records.map((r) => [r.cluster, r.target, r.status])).toEqual([
        ['aks-prod-weu', 'aks-drill-weu', 'succeeded'],
        ['aks-platform-weu', 'aks-platform-weu', 'succeeded'],
      ]);
      // The points restored are from the snapshot, taken hours before this run: RPO is their real age.
      for (const r of records) {
        expect(r.rpoSeconds as number).toBeGreaterThan(3600);
        expect(r.rpoSeconds as number).toBeLessThan(
          (Date.now() - Date.parse(snapshot.capturedAt)) / 1000 + 86_400,
        );
      }

      // The outputs describe the first drill, as the action's outputs hold one value each.
      expect(run.outputs).toMatchObject({
        'exit-code': '0',
        errors: '0',
        findings: '0',
        'findings-error': '0',
        'has-changes': 'false',
        'job-id': records[0]!.jobId,
        'wait-seconds': String(records[0]!.rtoSeconds),
      });
      expect(Number(run.outputs['wait-seconds'])).toBeLessThanOrEqual((Date.now() - started) / 1000);
      // The job the output names is a restore job Azure (the emulator) ran for the drill target.
      expect(
        azure.writes.log.some((w) => /\/backupInstances\/aks-prod-weu-[^/]+\/restore$/i.test(w.path)),
      ).toBe(true);

      expect(run.summary).toContain('## ✅ AKS Backup Guard: restore-test');
      // One table row per drill: cluster, where it was restored, result, RPO, RTO, point, job.
      expect(run.summary).toMatch(
        /^\| aks-prod-weu \| aks-drill-weu \| ✅ restored \| [\d.]+ (s|min|h) \| [\d.]+ (s|min|h) \| [0-9a-f-]{36} \| [0-9a-f-]{36} \|$/m,
      );
      expect(run.summary).toContain('Restore drill: 2 of 2 clusters restored.');
      expect(azure.writes.validator.violations).toEqual([]);
    } finally {
      await azure.close();
    }
  });

  it('refuses a drill into a target without the backup extension (AKSB019): annotated, exit-code 2, nothing restored', async () => {
    // The drill cluster lost its backup extension: Azure would accept the restore and then fail it.
    const broken = structuredClone(snapshot);
    broken.resources = broken.resources.filter(
      (r) => !(r.id.toLowerCase().startsWith(DRILL_CLUSTER.toLowerCase()) && /\/extensions\//i.test(r.id)),
    );
    const azure = await startEmulator({ snapshot: broken, quota: { limit: 10_000, windowMs: 5000 } });
    try {
      const runDir = mkdtempSync(join(dir, 'refused-'));
      const history = join(runDir, 'drills.jsonl');
      const run = await restoreTest(azure, runDir, { cluster: 'aks-prod-weu', 'history-file': history });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toMatch(
        /^::error title=AKSB019 aks-prod-weu,file=examples\/aks-backup\.yaml,line=\d+,col=\d+::restore target \/subscriptions\/.+\/aks-drill-weu cannot receive this restore: .*it has no backup extension/m,
      );
      expect(run.stdout).toMatch(
        /^::error title=DRILL001 aks-prod-weu,file=examples\/aks-backup\.yaml,line=\d+,col=\d+::restore drill failed: the restore may not start now: AKSB019/m,
      );
      expect(run.stdout).toContain('Restore drill: 0 of 1 clusters restored.');
      expect(run.outputs['exit-code']).toBe('2');
      expect(run.outputs['findings-error']).toBe('2');
      expect(run.outputs['job-id']).toBeUndefined();
      // exit-code 2 fails the step (core.setFailed), which the runner sees as process exit 1.
      expect(run.status).toBe(1);
      expect(run.summary).toContain('## ⚠️ AKS Backup Guard: restore-test');
      expect(run.summary).toContain('AKSB019');
      expect(azure.writes.log.filter((w) => /\/(restore|validateRestore)$/i.test(w.path))).toEqual([]);
      expect(() => readFileSync(history)).toThrow();
    } finally {
      await azure.close();
    }
  });
});
