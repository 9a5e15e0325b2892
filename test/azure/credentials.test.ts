import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCloud, type CloudEndpoints } from '../../src/azure/clouds.js';
import { CredentialConfigurationError, createCredential } from '../../src/azure/credentials.js';
import {
  FEDERATION_AUDIENCE,
  GITHUB_OIDC_ISSUER,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TEST_FEDERATED_CLIENT_ID,
  TEST_TENANT_ID,
} from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { loadFixture, rawRequest } from '../emulator/testing.js';

const CLUSTER =
  '/subscriptions/11111111-1111-4111-8111-111111111111/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod-weu';

let emulator: Emulator;
let cloud: CloudEndpoints;
let transport: { tlsOptions: { ca: string } };

/** An unsigned JWT shaped like a GitHub Actions OIDC token (the emulator does not verify signatures). */
function githubIdToken(audience: string, subject = 'repo:contoso/platform:ref:refs/heads/main'): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iss: GITHUB_OIDC_ISSUER, aud: audience, sub: subject, iat: now, exp: now + 300 })}.c2ln`;
}

beforeAll(async () => {
  emulator = await startEmulator({ snapshot: loadFixture('small-estate.json') });
  cloud = resolveCloud({ cloud: 'AzureCloud', armEndpoint: emulator.url, authorityHost: emulator.url });
  transport = { tlsOptions: { ca: emulator.caPem } };
});

afterAll(async () => {
  await emulator.close();
});

async function armStatus(token: string): Promise<number> {
  return (await rawRequest(emulator, `${CLUSTER}?api-version=2026-03-01`, { token })).status;
}

describe('credentials against the emulated Entra tenant', () => {
  it('environment: a client secret from AZURE_* yields a token ARM accepts', async () => {
    const { method, credential } = createCredential(
      { auth: 'environment', audience: FEDERATION_AUDIENCE },
      cloud,
      {
        env: {
          AZURE_TENANT_ID: TEST_TENANT_ID,
          AZURE_CLIENT_ID: TEST_CLIENT_ID,
          AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
        },
        transport,
      },
    );
    expect(method).toBe('environment');
    const token = await credential.getToken(cloud.tokenScope);
    expect(await armStatus(token!.token)).toBe(200);
  });

  it('environment: names every missing variable', () => {
    expect(() =>
      createCredential({ auth: 'environment', audience: FEDERATION_AUDIENCE }, cloud, {
        env: { AZURE_CLIENT_ID: 'x' },
      }),
    ).toThrow(
      new CredentialConfigurationError(
        'auth "environment" needs AZURE_TENANT_ID, AZURE_CLIENT_SECRET to be set',
      ),
    );
  });

  it('environment: a wrong secret fails without echoing the secret', async () => {
    const { credential } = createCredential({ auth: 'environment', audience: FEDERATION_AUDIENCE }, cloud, {
      env: {
        AZURE_TENANT_ID: TEST_TENANT_ID,
        AZURE_CLIENT_ID: TEST_CLIENT_ID,
        AZURE_CLIENT_SECRET: 'not-the-secret-9f8e',
      },
      transport,
    });
    const error = await credential.getToken(cloud.tokenScope).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('AADSTS7000215');
    expect(error?.message).not.toContain('not-the-secret-9f8e');
  });

  it('oidc: exchanges the GitHub ID token for the configured audience', async () => {
    const audiences: string[] = [];
    const { method, credential } = createCredential(
      {
        auth: 'oidc',
        tenantId: TEST_TENANT_ID,
        clientId: TEST_FEDERATED_CLIENT_ID,
        audience: FEDERATION_AUDIENCE,
      },
      cloud,
      {
        getIdToken: async (audience) => {
          audiences.push(audience);
          return githubIdToken(audience);
        },
        transport,
      },
    );
    expect(method).toBe('oidc');
    const token = await credential.getToken(cloud.tokenScope);
    expect(audiences.length).toBeGreaterThan(0);
    expect(new Set(audiences)).toEqual(new Set([FEDERATION_AUDIENCE]));
    expect(await armStatus(token!.token)).toBe(200);
  });

  it('oidc: a token for another audience is refused by the tenant', async () => {
    const { credential } = createCredential(
      {
        auth: 'oidc',
        tenantId: TEST_TENANT_ID,
        clientId: TEST_FEDERATED_CLIENT_ID,
        audience: 'api://SomethingElse',
      },
      cloud,
      { getIdToken: async (audience) => githubIdToken(audience), transport },
    );
    await expect(credential.getToken(cloud.tokenScope)).rejects.toThrow('AADSTS700212');
  });

  it('oidc: outside GitHub Actions (no ID token source) says what permission is missing', () => {
    expect(() =>
      createCredential(
        {
          auth: 'oidc',
          tenantId: TEST_TENANT_ID,
          clientId: TEST_FEDERATED_CLIENT_ID,
          audience: FEDERATION_AUDIENCE,
        },
        cloud,
        {},
      ),
    ).toThrow('id-token: write');
  });

  it('auto: OIDC in Actions with an ID token, else a client secret, else the Azure CLI', () => {
    const ids = { AZURE_TENANT_ID: TEST_TENANT_ID, AZURE_CLIENT_ID: TEST_CLIENT_ID };
    const settings = { auth: 'auto' as const, audience: FEDERATION_AUDIENCE };
    const getIdToken = async (): Promise<string> => 'unused';
    expect(
      createCredential(settings, cloud, {
        env: { ...ids, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.invalid/token' },
        getIdToken,
      }).method,
    ).toBe('oidc');
    expect(
      createCredential(settings, cloud, { env: { ...ids, AZURE_CLIENT_SECRET: 's' }, getIdToken }).method,
    ).toBe('environment');
    expect(
      createCredential(settings, cloud, {
        env: { ...ids, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.invalid/token' },
      }).method,
    ).toBe('azure-cli');
    expect(createCredential(settings, cloud, { env: {} }).method).toBe('azure-cli');
  });

  it('azure-cli: uses the session `az account get-access-token` returns', async () => {
    // A stand-in `az` on PATH, handing out a token the emulator issued, records how it was called.
    const issued = await createCredential({ auth: 'environment', audience: FEDERATION_AUDIENCE }, cloud, {
      env: {
        AZURE_TENANT_ID: TEST_TENANT_ID,
        AZURE_CLIENT_ID: TEST_CLIENT_ID,
        AZURE_CLIENT_SECRET: TEST_CLIENT_SECRET,
      },
      transport,
    }).credential.getToken(cloud.tokenScope);
    const dir = mkdtempSync(join(tmpdir(), 'fake-az-'));
    const argsFile = join(dir, 'args');
    const response = JSON.stringify({
      accessToken: issued!.token,
      expiresOn: new Date(Date.now() + 3600_000).toISOString(),
      expires_on: Math.floor(Date.now() / 1000) + 3600,
      tenant: TEST_TENANT_ID,
      tokenType: 'Bearer',
    });
    writeFileSync(join(dir, 'az'), `#!/bin/sh\necho "$@" > '${argsFile}'\necho '${response}'\n`);
    chmodSync(join(dir, 'az'), 0o755);
    const originalPath = process.env.PATH;
    process.env.PATH = `${dir}:${originalPath ?? ''}`;
    try {
      const { credential } = createCredential(
        { auth: 'azure-cli', tenantId: TEST_TENANT_ID, audience: FEDERATION_AUDIENCE },
        cloud,
      );
      const token = await credential.getToken(cloud.tokenScope);
      expect(await armStatus(token!.token)).toBe(200);
      expect(readFileSync(argsFile, 'utf8').trim()).toBe(
        `account get-access-token --output json --resource https://management.azure.com --tenant ${TEST_TENANT_ID}`,
      );
    } finally {
      process.env.PATH = originalPath;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
