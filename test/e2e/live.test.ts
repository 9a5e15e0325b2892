import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { TEST_CLIENT_SECRET } from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { readRepoFile } from '../support/fixtures.js';
import { EMULATOR_ENV, liveArgs } from '../support/live-cli.js';
import { runBundleAsync, STACK_TRACE } from '../support/run-bundle.js';

/**
 * The bundled CLI against the emulator loaded with examples/estate.json, over HTTPS with the real
 * @azure/identity and Resource Graph clients: trusted only through NODE_EXTRA_CA_CERTS, signed in with
 * AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET and --authority-host. Reading Azure must
 * give the same plan as reading the snapshot. The clock is the snapshot's capture time for both.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const ENV = {
  AKS_BACKUP_GUARD_NOW: snapshot.capturedAt,
  ...EMULATOR_ENV,
};
const CONFIG = ['--config', 'examples/aks-backup.yaml'];

// Each test starts the bundle two or three times; on two busy cores that takes seconds, not milliseconds.
jest.setTimeout(60_000);

let emulator: Emulator;
let dir: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot, armPageSize: 3 });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-live-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const live = (): string[] => liveArgs(emulator.url);
/** What a plan decides, without the run's own metadata. */
const decision = (stdout: string) => {
  const report = JSON.parse(stdout);
  return {
    exitCode: report.exitCode,
    summary: report.summary,
    changes: report.changes,
    findings: report.findings,
  };
};

describe('plan read live from the emulator', () => {
  it('gives the same plan as plan --estate on the same estate', async () => {
    const fromSnapshot = await runBundleAsync(
      'cli.js',
      ['plan', ...CONFIG, '--estate', 'examples/estate.json', '--format', 'json'],
      ENV,
    );
    const fromAzure = await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live(), '--format', 'json'], ENV);
    expect(fromAzure.stderr).toContain(`reading the estate from ${emulator.url}`);
    expect(fromAzure.stderr).toContain('signed in with environment');
    expect(fromAzure.stdout + fromAzure.stderr).not.toContain(TEST_CLIENT_SECRET);
    expect(decision(fromAzure.stdout)).toEqual(decision(fromSnapshot.stdout));
    expect(fromAzure.status).toBe(2);
    expect(emulator.stats.graphPages).toBeGreaterThan(0);
  });

  it('export writes a snapshot that plans the same as reading Azure', async () => {
    const file = join(dir, 'exported.json');
    const exported = await runBundleAsync('cli.js', ['export', ...CONFIG, ...live(), '--output', file], ENV);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toMatch(/wrote \d+ resources to /);
    const written = JSON.parse(readFileSync(file, 'utf8')) as EstateSnapshot;
    expect(written.schemaVersion).toBe(1);
    expect(written.capturedAt).toBe(new Date(snapshot.capturedAt).toISOString());
    const again = await runBundleAsync(
      'cli.js',
      ['plan', ...CONFIG, '--estate', file, '--format', 'json'],
      ENV,
    );
    const fromAzure = await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live(), '--format', 'json'], ENV);
    expect(decision(again.stdout)).toEqual(decision(fromAzure.stdout));
  });

  it('a wrong secret is a clear sign-in error, exit 1, no stack trace', async () => {
    const run = await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live()], {
      ...ENV,
      AZURE_CLIENT_SECRET: 'wrong',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Azure: error: signing in to Azure failed: /m);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('an untrusted certificate names NODE_EXTRA_CA_CERTS', async () => {
    const run = await runBundleAsync('cli.js', ['plan', ...CONFIG, ...live()], {
      ...ENV,
      NODE_EXTRA_CA_CERTS: '',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('NODE_EXTRA_CA_CERTS');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses a scope that is neither a subscription nor a management group, before any request', async () => {
    const before = emulator.stats.graphPages;
    const run = await runBundleAsync(
      'cli.js',
      ['plan', ...CONFIG, ...live(), '--scope', "x' | project secrets"],
      ENV,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'is neither a subscription id nor /providers/Microsoft.Management/managementGroups/<id>',
    );
    expect(emulator.stats.graphPages).toBe(before);
  });
});

/**
 * Issue 4 (AKSB002 from a live read) and issue 9 (fewer recovery-point reads), end to end: the each-rule
 * fixture estate (test/fixtures/estate/each-rule/README.md) served by the emulator, with the Kubernetes
 * versions AKS offers per region in its `kubernetesVersions`. A live plan reads those lists and must report
 * what `plan --estate` reports on the file, AKSB002 and AKSB024 included, while listing recovery points
 * only for the instances whose jobs do not already show a fresh backup.
 */
describe('plan read live from the each-rule estate', () => {
  const EACH_RULE = ['test', 'fixtures', 'estate', 'each-rule'];
  const eachRule = JSON.parse(readRepoFile(...EACH_RULE, 'estate.json')) as EstateSnapshot;
  const ARGS = ['plan', '--config', `${EACH_RULE.join('/')}/aks-backup.yaml`, '--format', 'json'];
  const NOW_ENV = { ...EMULATOR_ENV, AKS_BACKUP_GUARD_NOW: eachRule.capturedAt };
  let server: Emulator;
  beforeAll(async () => {
    server = await startEmulator({ snapshot: eachRule, quota: { limit: 10_000, windowMs: 5000 } });
  });
  afterAll(async () => {
    await server.close();
  });

  it("reports the same findings as plan --estate, AKSB002 from the region's live version list included", async () => {
    const fromSnapshot = await runBundleAsync(
      'cli.js',
      [...ARGS, '--estate', `${EACH_RULE.join('/')}/estate.json`],
      NOW_ENV,
    );
    const fromAzure = await runBundleAsync('cli.js', [...ARGS, ...liveArgs(server.url)], NOW_ENV);
    expect(fromAzure.stderr).toContain(`reading the estate from ${server.url}`);
    const live = decision(fromAzure.stdout);
    expect(live).toEqual(decision(fromSnapshot.stdout));
    expect(live.exitCode).toBe(2);
    const findings = JSON.parse(fromAzure.stdout).findings as {
      ruleId: string;
      cluster?: string;
      message: string;
    }[];
    // AKSB016 too: the vault's 5,000 filler policies are bare documents of no workload, which the live read
    // does not fetch (src/azure/resource-families.ts) but counts per vault (VAULT_COUNTS_QUERY).
    expect(findings.filter((f) => f.ruleId === 'AKSB016').map((f) => f.message)).toEqual([
      expect.stringContaining('would hold 5001 backup policies'),
    ]);
    expect(findings.filter((f) => f.ruleId === 'AKSB002').map((f) => f.cluster)).toEqual([
      'aks-unsupported-version',
    ]);
    expect(findings.filter((f) => f.ruleId === 'AKSB024').map((f) => f.cluster)).toEqual([
      'aks-stale-recovery-point',
    ]);
    // One version list per region of the clusters (West Europe, Qatar Central), not one per cluster.
    expect(server.stats.armByKind.get('get:kubernetesversions')).toBe(2);
    // Recovery points only where the jobs do not show a backup within one interval: fewer lists than instances.
    const instances = eachRule.resources.filter((d) => d.type.toLowerCase().endsWith('/backupinstances'));
    const lists = server.stats.armByKind.get('list:recoverypoints') ?? 0;
    expect(lists).toBeGreaterThan(0);
    expect(lists).toBeLessThan(instances.length);
  });

  it('a refused version list makes AKSB002 say, at info, that it could not check', async () => {
    const refused: EstateSnapshot = {
      ...eachRule,
      kubernetesVersions: {
        ...eachRule.kubernetesVersions,
        westeurope: {
          status: 403,
          error: {
            code: 'AuthorizationFailed',
            message:
              "The client does not have authorization to perform action over scope '/subscriptions/…'.",
          },
        },
      },
    };
    const denied = await startEmulator({ snapshot: refused, quota: { limit: 10_000, windowMs: 5000 } });
    try {
      const run = await runBundleAsync('cli.js', [...ARGS, ...liveArgs(denied.url)], NOW_ENV);
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      const report = JSON.parse(run.stdout) as {
        findings: { ruleId: string; severity: string; cluster?: string; message: string }[];
      };
      const version = report.findings.filter((f) => f.ruleId === 'AKSB002');
      // Every West Europe cluster of the plan: none could be checked, and none passes silently.
      expect(version.length).toBeGreaterThan(1);
      expect(new Set(version.map((f) => f.severity))).toEqual(new Set(['info']));
      expect(version.find((f) => f.cluster === 'aks-unsupported-version')?.message).toContain(
        'could not check Kubernetes 1.29.9 against the versions AKS supports in westeurope: the list could not be read (HTTP 403 AuthorizationFailed: ',
      );
      // Qatar Central's list was read: its cluster is checked, and passes.
      expect(version.some((f) => f.cluster === 'aks-unsupported-region')).toBe(false);
      expect(report.findings.filter((f) => f.ruleId !== 'AKSB002').map((f) => f.ruleId)).toContain('AKSB024');
    } finally {
      await denied.close();
    }
  });
});
