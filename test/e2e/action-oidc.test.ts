import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { GITHUB_OIDC_ISSUER, TEST_FEDERATED_CLIENT_ID, TEST_TENANT_ID } from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github-emulator/server.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { STACK_TRACE } from '../support/run-bundle.js';
import { runActionAsync } from '../support/action-runner.js';

/**
 * The bundled action signing in as a workflow does with `auth: oidc`: @actions/core asks the runner's
 * ACTIONS_ID_TOKEN_REQUEST_URL (the GitHub emulator) for an ID token with the input `audience`, and
 * @azure/identity exchanges it at the Entra emulator for a token that Resource Graph and ARM accept.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const REQUEST_TOKEN = 'runner-request-token';
jest.setTimeout(60_000);

let azure: Emulator;
let github: GitHubEmulator;
let dir: string;
const audiences: string[] = [];

/** An unsigned JWT shaped like a GitHub Actions OIDC token (the Entra emulator does not verify signatures). */
function idToken(audience: string): string {
  audiences.push(audience);
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iss: GITHUB_OIDC_ISSUER, aud: audience, sub: 'repo:contoso/platform:ref:refs/heads/main', iat: now, exp: now + 300 })}.c2ln`;
}

beforeAll(async () => {
  azure = await startEmulator({ snapshot, quota: { limit: 10_000, windowMs: 5000 } });
  github = await startGitHubEmulator({ oidc: { requestToken: REQUEST_TOKEN, idToken } });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-oidc-'));
});
afterAll(async () => {
  await azure.close();
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

async function planWithOidc(requestToken: string) {
  const step = mkdtempSync(join(dir, 'step-'));
  return runActionAsync({
    dir: step,
    inputs: {
      command: 'plan',
      config: 'examples/aks-backup.yaml',
      auth: 'oidc',
      'client-id': TEST_FEDERATED_CLIENT_ID,
      'tenant-id': TEST_TENANT_ID,
      'arm-endpoint': azure.url,
      'authority-host': azure.url,
      comment: 'false',
    },
    env: {
      NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      AKS_BACKUP_GUARD_NOW: snapshot.capturedAt,
    },
  });
}

describe('the action with auth: oidc', () => {
  it('exchanges the GitHub ID token for Azure access and plans from live reads', async () => {
    const run = await planWithOidc(REQUEST_TOKEN);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toContain(`reading the estate from ${azure.url}`);
    expect(run.stdout).toContain('signed in with oidc');
    expect(run.stdout).toMatch(/Plan: 17 to add, 2 to change, 0 to replace, 0 to destroy\./);
    expect(audiences).toContain('api://AzureADTokenExchange');
    expect(run.outputs['has-changes']).toBe('true');
  });

  it('a runner token the OIDC endpoint refuses is a clear sign-in error, not a crash', async () => {
    const run = await planWithOidc('not-the-runner-token');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).toContain('::error title=Azure::the runner refused to issue a GitHub OIDC token');
    expect(run.stdout).toContain("give the workflow 'permissions: id-token: write'");
    expect(run.status).toBe(1);
  });
});
