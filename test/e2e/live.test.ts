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
