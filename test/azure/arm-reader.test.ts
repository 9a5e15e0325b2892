import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ArmReader, ArmReadError } from '../../src/azure/arm-reader.js';
import { resolveCloud } from '../../src/azure/clouds.js';
import { UnsafeInputError } from '../../src/azure/safe-input.js';
import { loadTlsMaterial } from '../emulator/certs.js';
import { DEFAULT_KUBERNETES_VERSIONS } from '../emulator/arm/kubernetes-versions.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js';
import { FAST_RETRY, FAST_SDK_RETRIES, connect, loadFixture } from '../emulator/testing.js';
import { generateEstate } from '../support/generate-estate.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const cluster = (sub: string, rg: string, name: string): string =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${name}`;
const PROD = cluster(A, 'rg-aks', 'aks-prod-weu');
const DEV = cluster(A, 'rg-aks', 'aks-dev-weu');
const NEU = cluster(B, 'rg-aks-b', 'aks-prod-neu');
const small = loadFixture('small-estate.json');

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setUp(
  options: Partial<EmulatorOptions> = {},
  concurrency?: number,
): Promise<{ emulator: Emulator; reader: ArmReader }> {
  emulator = await startEmulator({ snapshot: small, ...options });
  const reader = new ArmReader({
    ...connect(emulator, { retryOptions: FAST_SDK_RETRIES }),
    retry: FAST_RETRY,
    ...(concurrency ? { concurrency } : {}),
  });
  return { emulator, reader };
}

describe('ArmReader', () => {
  it('lists trusted-access bindings of each cluster, following nextLinks, exactly as ARM returns them', async () => {
    const { emulator, reader } = await setUp({ armPageSize: 1 });
    const doubled = { ...small.resources.find((doc) => doc.type.endsWith('trustedAccessRoleBindings'))! };
    doubled.id = `${PROD}/trustedAccessRoleBindings/tarb-second`;
    doubled.name = 'tarb-second';
    emulator.write(doubled);
    const bindings = await reader.trustedAccessBindings([PROD, DEV, NEU]);
    const expected = [
      ...small.resources.filter((doc) => doc.type.endsWith('trustedAccessRoleBindings')),
      doubled,
    ];
    expect(bindings).toHaveLength(3);
    expect(new Set(bindings.map((b) => b.id))).toEqual(new Set(expected.map((b) => b.id)));
    expect(bindings.find((b) => b.name === 'tarb-second')).toEqual(doubled);
    expect(emulator.stats.armByKind.get('list:trustedaccessrolebindings')).toBe(4); // two pages for PROD
  });

  it('treats a cluster that disappeared since Resource Graph listed it as having no bindings', async () => {
    const { reader } = await setUp();
    expect(await reader.trustedAccessBindings([cluster(A, 'rg-aks', 'aks-deleted')])).toEqual([]);
  });

  it('reads recovery points per backup instance', async () => {
    const { reader } = await setUp({ armPageSize: 1 });
    const instance = small.resources.find((doc) => doc.name === 'aks-prod-weu-1a2b3c4d')!.id;
    const points = await reader.recoveryPoints([instance]);
    expect(points).toEqual(small.resources.filter((doc) => doc.id.startsWith(`${instance}/recoveryPoints/`)));
  });

  it('reads provider registration per subscription and namespace', async () => {
    const { emulator, reader } = await setUp();
    expect(
      await reader.providerStates(
        [A, B.toUpperCase()],
        ['Microsoft.DataProtection', 'Microsoft.ContainerService'],
      ),
    ).toEqual({
      [A]: { 'Microsoft.DataProtection': 'Registered', 'Microsoft.ContainerService': 'Registered' },
      [B]: { 'Microsoft.DataProtection': 'NotRegistered', 'Microsoft.ContainerService': 'Registered' },
    });
    expect(emulator.stats.armByKind.get('get:provider')).toBe(4);
  });

  it('keeps at most `concurrency` requests in flight, and does run them in parallel', async () => {
    const estate = generateEstate({
      clusters: 40,
      subscriptions: 4,
      recoveryPointsPerInstance: 0,
      jobsPerInstance: 0,
    });
    emulator = await startEmulator({ snapshot: estate, latencyMs: 25 });
    const reader = new ArmReader({ ...connect(emulator), retry: FAST_RETRY, concurrency: 4 });
    const clusters = estate.resources
      .filter((doc) => doc.type === 'Microsoft.ContainerService/managedClusters')
      .map((doc) => doc.id);
    emulator.stats.reset();
    await reader.trustedAccessBindings(clusters);
    expect(emulator.stats.armByKind.get('list:trustedaccessrolebindings')).toBe(40);
    expect(emulator.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(emulator.stats.maxInFlight).toBeGreaterThanOrEqual(3);
  });

  it('retries throttling without Retry-After and injected server errors', async () => {
    const { emulator, reader } = await setUp();
    emulator.faults.failNext('arm', '429-no-retry-after', 2);
    emulator.faults.failNext('arm', '500', 1);
    emulator.faults.failNext('arm', 'reset', 1);
    expect(await reader.trustedAccessBindings([PROD])).toHaveLength(1);
    expect(emulator.stats.faultCount).toBe(4);
  });

  it('reports a non-retryable ARM error with its code', async () => {
    const { reader } = await setUp();
    await expect(
      reader.get(`/subscriptions/${A}/resourceGroups/rg-aks/providers/Microsoft.Web/sites/x`, '2024-01-01'),
    ).rejects.toThrow(
      new ArmReadError(
        `/subscriptions/${A}/resourceGroups/rg-aks/providers/Microsoft.Web/sites/x was not found`,
        404,
        'NotFound',
      ),
    );
    await expect(reader.get(`/subscriptions/${A}/resourceGroups/rg-aks`, '2024-01-01')).rejects.toThrow(
      'HTTP 400 UnsupportedByEmulator',
    );
  });

  it('refuses hostile ids and namespaces before any request', async () => {
    const { emulator, reader } = await setUp();
    await expect(
      reader.trustedAccessBindings([`${PROD}/../../../../providers/Microsoft.Authorization/roleAssignments`]),
    ).rejects.toThrow(UnsafeInputError);
    await expect(reader.recoveryPoints([`${PROD}?$filter=x`])).rejects.toThrow(UnsafeInputError);
    await expect(reader.providerStates([A], ['Microsoft.DataProtection/../x'])).rejects.toThrow(
      UnsafeInputError,
    );
    expect(emulator.stats.armReads + emulator.stats.tokenRequests).toBe(0);
  });

  describe('Kubernetes versions per location (ManagedClusters_ListKubernetesVersions)', () => {
    const VERSIONS = {
      values: [
        { capabilities: { supportPlan: ['KubernetesOfficial'] }, version: '1.32', isDefault: true },
        { capabilities: { supportPlan: ['KubernetesOfficial'] }, version: '1.34', isPreview: true },
      ],
    };
    /** A stand-in ARM that records each request and answers per location as a real region might. */
    async function fakeArm(): Promise<{
      reader: ArmReader;
      requests: { url: string; accept: string | undefined }[];
      close: () => Promise<void>;
    }> {
      const tls = loadTlsMaterial();
      const requests: { url: string; accept: string | undefined }[] = [];
      const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
        requests.push({ url: req.url ?? '', accept: req.headers.accept });
        const location = /\/locations\/([^/]+)\/kubernetesVersions/.exec(req.url ?? '')?.[1];
        const answers: Record<string, [number, unknown]> = {
          westeurope: [200, VERSIONS],
          northeurope: [
            403,
            { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization.' } },
          ],
          eastus: [
            409,
            {
              error: {
                code: 'MissingSubscriptionRegistration',
                message: "The subscription is not registered to use namespace 'Microsoft.ContainerService'.",
              },
            },
          ],
          uksouth: [404, { error: { code: 'NotFound', message: 'Not found.' } }],
          centralus: [500, { error: { code: 'InternalServerError', message: 'Boom.' } }],
        };
        const [status, body] = answers[location ?? ''] ?? [
          400,
          { error: { code: 'BadRequest', message: '?' } },
        ];
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const reader = new ArmReader({
        cloud: resolveCloud({ cloud: 'AzureCloud', armEndpoint: origin }),
        credential: {
          getToken: async () => ({ token: 'static-test-token', expiresOnTimestamp: Date.now() + 3600_000 }),
        },
        transport: { tlsOptions: { ca: tls.caPem }, retryOptions: FAST_SDK_RETRIES },
        retry: FAST_RETRY,
      });
      return {
        reader,
        requests,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    }

    it('asks each location once, through the subscription given for it, with the spec api-version', async () => {
      const arm = await fakeArm();
      try {
        const answers = await arm.reader.kubernetesVersions([
          { location: 'westeurope', subscriptionId: A },
          { location: 'North Europe', subscriptionId: B.toUpperCase() },
        ]);
        expect(arm.requests.map((r) => r.url).sort()).toEqual([
          `/subscriptions/${A}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions?api-version=2026-03-01`,
          `/subscriptions/${B}/providers/Microsoft.ContainerService/locations/northeurope/kubernetesVersions?api-version=2026-03-01`,
        ]);
        expect(arm.requests.every((r) => r.accept === 'application/json')).toBe(true);
        // The 200 body verbatim; the refusal recorded with ARM's status, code and message.
        expect(answers).toEqual({
          westeurope: VERSIONS,
          northeurope: {
            status: 403,
            error: { code: 'AuthorizationFailed', message: 'The client does not have authorization.' },
          },
        });
      } finally {
        await arm.close();
      }
    });

    it('records 404 and 409 (provider not registered) as unknown versions rather than failing the read', async () => {
      const arm = await fakeArm();
      try {
        const answers = await arm.reader.kubernetesVersions([
          { location: 'eastus', subscriptionId: A },
          { location: 'uksouth', subscriptionId: A },
        ]);
        expect(answers).toEqual({
          eastus: {
            status: 409,
            error: {
              code: 'MissingSubscriptionRegistration',
              message: "The subscription is not registered to use namespace 'Microsoft.ContainerService'.",
            },
          },
          uksouth: { status: 404, error: { code: 'NotFound', message: 'Not found.' } },
        });
      } finally {
        await arm.close();
      }
    });

    it('fails on a server error that persists, and refuses a location that is not a location name', async () => {
      const arm = await fakeArm();
      try {
        await expect(
          arm.reader.kubernetesVersions([{ location: 'centralus', subscriptionId: A }]),
        ).rejects.toThrow('HTTP 500 InternalServerError');
        const before = arm.requests.length;
        await expect(
          arm.reader.kubernetesVersions([{ location: 'westeurope/../../x', subscriptionId: A }]),
        ).rejects.toThrow(UnsafeInputError);
        expect(arm.requests.length).toBe(before);
      } finally {
        await arm.close();
      }
    });

    it("against the emulator: the snapshot's list, its recorded refusal, and the default for other regions", async () => {
      const { emulator, reader } = await setUp();
      const answers = await reader.kubernetesVersions([
        { location: 'westeurope', subscriptionId: A },
        { location: 'northeurope', subscriptionId: B },
        { location: 'swedencentral', subscriptionId: A },
      ]);
      expect(answers.westeurope).toEqual(small.kubernetesVersions!.westeurope);
      expect(answers.northeurope).toEqual(small.kubernetesVersions!.northeurope);
      expect(answers.swedencentral).toEqual(DEFAULT_KUBERNETES_VERSIONS);
      expect(emulator.stats.armByKind.get('get:kubernetesversions')).toBe(3);
    });
  });

  it('refuses to follow a nextLink to another host, so the token never leaves the ARM endpoint', async () => {
    const tls = loadTlsMaterial();
    const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: [], nextLink: 'https://localhost:1/steal?api-version=2026-03-01' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const reader = new ArmReader({
        cloud: resolveCloud({ cloud: 'AzureCloud', armEndpoint: origin }),
        credential: {
          getToken: async () => ({ token: 'static-test-token', expiresOnTimestamp: Date.now() + 3600_000 }),
        },
        transport: { tlsOptions: { ca: tls.caPem } },
        retry: FAST_RETRY,
      });
      await expect(reader.trustedAccessBindings([PROD])).rejects.toThrow(
        `points to https://localhost:1, not ${origin}; refusing to send a token there`,
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
