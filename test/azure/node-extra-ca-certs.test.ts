import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { projectSnapshot } from '../../src/azure/read-estate.js';
import { caCertificatePath } from '../emulator/certs.js';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, TEST_TENANT_ID } from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { loadFixture, loadManagementGroups } from '../emulator/testing.js';
import { repoPath } from '../support/fixtures.js';

const snapshot = loadFixture('small-estate.json');
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    snapshot,
    managementGroups: loadManagementGroups(),
    quota: { limit: 1000, windowMs: 5000 },
  });
});

afterAll(async () => {
  await emulator.close();
});

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      repoPath('scripts', 'run-ts.mjs'),
      'test/azure/support/read-live.ts',
      emulator.url,
      emulator.url,
      snapshot.capturedAt,
      ...Object.keys(snapshot.providers),
    ],
    {
      cwd: repoPath(),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('a separate process trusting the emulator through NODE_EXTRA_CA_CERTS', () => {
  const credentials = {
    AZURE_TENANT_ID: TEST_TENANT_ID,
    AZURE_CLIENT_ID: TEST_CLIENT_ID,
    AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
  };

  it('reads the identical estate with AZURE_* credentials and the authority host', async () => {
    const result = await run({ ...credentials, NODE_EXTRA_CA_CERTS: caCertificatePath() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The file, and the per-vault counts of its policies and instances.
    expect(JSON.parse(result.stdout)).toEqual(projectSnapshot(snapshot));
  }, 60_000);

  it('fails without the CA: the certificate is not trusted by default', async () => {
    const result = await run(credentials);
    expect(result.code).not.toBe(0);
    // MSAL cannot fetch the tenant's OpenID configuration over an untrusted TLS connection, and says
    // only this — callers should explain that the authority host's certificate is not trusted.
    expect(result.stderr).toContain('endpoints_resolution_error');
  }, 60_000);
});
