import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type Emulator } from './server.js';
import {
  armToken,
  connect,
  loadFixture,
  loadManagementGroups,
  rawRequest,
  type Connection,
} from './testing.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const VAULT = `/subscriptions/${A}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-weu`;
const CLUSTER = `/subscriptions/${A}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod-weu`;
const GRAPH = '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01';

let emulator: Emulator;
let connection: Connection;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({
    snapshot: loadFixture('small-estate.json'),
    armPageSize: 2,
    managementGroups: loadManagementGroups(),
    quota: { limit: 1000, windowMs: 5000 },
  });
  connection = connect(emulator);
  token = await armToken(connection);
});

afterAll(async () => {
  await emulator.close();
});

describe('emulator: authentication and ARM envelope', () => {
  it('refuses ARM calls without a token, or with one it did not issue, with 401 CloudError', async () => {
    const none = await rawRequest(emulator, `${CLUSTER}?api-version=2026-03-01`);
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ error: { code: 'AuthenticationFailed' } });
    const forged = await rawRequest(emulator, `${CLUSTER}?api-version=2026-03-01`, { token: 'emu.forged' });
    expect(forged.status).toBe(401);
    expect(forged.json).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
    expect(forged.headers['www-authenticate']).toContain('Bearer');
  });

  it('requires api-version', async () => {
    const response = await rawRequest(emulator, CLUSTER, { token });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'MissingApiVersionParameter' } });
  });

  it('answers an Accept header with a charset with an empty 406, as ARM does', async () => {
    const response = await rawRequest(emulator, `${CLUSTER}?api-version=2026-03-01`, {
      token,
      headers: { accept: 'application/json; charset=utf-8; IEEE754Compatible=false' },
    });
    expect(response.status).toBe(406);
    expect(response.text).toBe('');
  });
});

describe('emulator: ARM reads', () => {
  it('GETs a resource exactly as stored, matching the path case-insensitively', async () => {
    const response = await rawRequest(
      emulator,
      `${CLUSTER.toUpperCase().replace('SUBSCRIPTIONS', 'subscriptions')}?api-version=2026-03-01`,
      {
        token,
      },
    );
    expect(response.status).toBe(200);
    expect(response.json).toEqual(emulator.state.get(CLUSTER));
  });

  it('returns ARM 404 CloudErrors for unknown resources, parents, groups and subscriptions', async () => {
    const missing = await rawRequest(emulator, `${VAULT}/backupInstances/nope?api-version=2025-07-01`, {
      token,
    });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: { code: 'ResourceNotFound' } });
    const parent = await rawRequest(emulator, `${VAULT}-gone/backupInstances?api-version=2025-07-01`, {
      token,
    });
    expect(parent.json).toMatchObject({ error: { code: 'ParentResourceNotFound' } });
    const group = await rawRequest(
      emulator,
      `/subscriptions/${A}/resourceGroups/rg-none/providers/Microsoft.ContainerService/managedClusters?api-version=2026-03-01`,
      {
        token,
      },
    );
    expect(group.json).toMatchObject({ error: { code: 'ResourceGroupNotFound' } });
    const sub = await rawRequest(
      emulator,
      `/subscriptions/33333333-3333-4333-8333-333333333333/providers/Microsoft.DataProtection?api-version=2021-04-01`,
      {
        token,
      },
    );
    expect(sub.json).toMatchObject({ error: { code: 'SubscriptionNotFound' } });
  });

  it('pages lists with nextLinks that point back at the emulator', async () => {
    const seen: string[] = [];
    let next: string | undefined =
      `/subscriptions/${A}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01`;
    let pages = 0;
    while (next !== undefined && pages < 10) {
      const response = await rawRequest(emulator, next.replace(emulator.url, ''), { token });
      const body = response.json as { value: { id: string }[]; nextLink?: string };
      seen.push(...body.value.map((doc) => doc.id));
      if (body.nextLink !== undefined) expect(body.nextLink.startsWith(`${emulator.url}/`)).toBe(true);
      next = body.nextLink;
      pages++;
    }
    expect(pages).toBe(2); // four assignments in the subscription, two per page
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const jobs = await rawRequest(emulator, `${VAULT}/backupJobs?api-version=2025-07-01`, { token });
    expect((jobs.json as { value: unknown[]; nextLink?: string }).nextLink).toBeUndefined();
    const rps = await rawRequest(
      emulator,
      `${VAULT}/backupInstances/aks-prod-weu-1a2b3c4d/recoveryPoints?api-version=2025-07-01`,
      { token },
    );
    expect((rps.json as { value: unknown[] }).value).toHaveLength(2);
    const clusters = await rawRequest(
      emulator,
      `/subscriptions/${A}/providers/Microsoft.ContainerService/managedClusters?api-version=2026-03-01`,
      { token },
    );
    const first = clusters.json as { value: { name: string }[]; nextLink?: string };
    expect(first.value.map((c) => c.name)).toEqual(['aks-dev-weu', 'aks-prod-weu']);
    expect(first.nextLink).toBeUndefined();
  });

  it('lists extensions and trusted-access bindings under a cluster', async () => {
    const extensions = await rawRequest(
      emulator,
      `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions?api-version=2025-03-01`,
      { token },
    );
    expect((extensions.json as { value: { name: string }[] }).value.map((e) => e.name)).toEqual([
      'azure-aks-backup',
    ]);
    const bindings = await rawRequest(
      emulator,
      `${CLUSTER}/trustedAccessRoleBindings?api-version=2026-03-01`,
      { token },
    );
    expect(
      (bindings.json as { value: { properties: { sourceResourceId: string } }[] }).value[0]?.properties
        .sourceResourceId,
    ).toBe(VAULT);
  });

  it('reports provider registration, NotRegistered for namespaces a known subscription never registered', async () => {
    const registered = await rawRequest(
      emulator,
      `/subscriptions/${A}/providers/Microsoft.DataProtection?api-version=2021-04-01`,
      { token },
    );
    expect(registered.json).toMatchObject({
      namespace: 'Microsoft.DataProtection',
      registrationState: 'Registered',
    });
    const notRegistered = await rawRequest(
      emulator,
      `/subscriptions/${B}/providers/microsoft.dataprotection?api-version=2021-04-01`,
      { token },
    );
    expect(notRegistered.json).toMatchObject({ registrationState: 'NotRegistered' });
    const unlisted = await rawRequest(
      emulator,
      `/subscriptions/${B}/providers/Microsoft.Storage?api-version=2021-04-01`,
      { token },
    );
    expect(unlisted.json).toMatchObject({ registrationState: 'NotRegistered' });
  });
});

describe('emulator: Resource Graph', () => {
  const query = (
    body: unknown,
  ): Promise<{ status: number; json: unknown; headers: Record<string, unknown> }> =>
    rawRequest(emulator, GRAPH, { method: 'POST', token, body });

  it('pages with $top and $skipToken, resultTruncated as a string, quota headers on every response', async () => {
    const text =
      "RecoveryServicesResources | where type =~ 'microsoft.dataprotection/backupvaults/backupinstances' or type =~ 'microsoft.dataprotection/backupvaults/backupjobs' | project id, name";
    const first = await query({ query: text, subscriptions: [A], options: { $top: 3 } });
    expect(first.status).toBe(200);
    const page1 = first.json as {
      totalRecords: number;
      count: number;
      resultTruncated: string;
      $skipToken?: string;
      data: { id: string }[];
    };
    expect(page1).toMatchObject({ totalRecords: 4, count: 3, resultTruncated: 'false' });
    expect(page1.$skipToken).toEqual(expect.any(String));
    expect(first.headers['x-ms-user-quota-remaining']).toMatch(/^\d+$/);
    expect(first.headers['x-ms-user-quota-resets-after']).toMatch(/^\d\d:\d\d:\d\d$/);
    const second = await query({
      query: text,
      subscriptions: [A],
      options: { $top: 3, $skipToken: page1.$skipToken },
    });
    const page2 = second.json as typeof page1;
    expect(page2).toMatchObject({ count: 1, resultTruncated: 'false' });
    expect(page2.$skipToken).toBeUndefined();
    const ids = [...page1.data, ...page2.data].map((row) => row.id);
    expect(ids).toEqual([...ids].sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)));
  });

  it('gives no skip token and resultTruncated "true" when the projection drops id', async () => {
    const response = await query({
      query: 'Resources | project name',
      subscriptions: [A],
      options: { $top: 2 },
    });
    expect(response.json).toMatchObject({ count: 2, resultTruncated: 'true' });
    expect((response.json as Record<string, unknown>).$skipToken).toBeUndefined();
  });

  it('refuses a skip token with another query or other scopes', async () => {
    const first = await query({ query: 'Resources | project id', subscriptions: [A], options: { $top: 1 } });
    const skipToken = (first.json as { $skipToken: string }).$skipToken;
    const other = await query({
      query: 'Resources | project id',
      subscriptions: [B],
      options: { $top: 1, $skipToken: skipToken },
    });
    expect(other.status).toBe(400);
    expect(JSON.stringify(other.json)).toContain('InvalidSkipToken');
  });

  it('answers 400 naming the construct for queries outside the subset or a wrong table', async () => {
    const response = await query({
      query: 'Resources | mv-expand properties.agentPoolProfiles',
      subscriptions: [A],
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.json)).toContain("unsupported query operator 'mv-expand'");
    const table = await query({ query: 'RecoveryServicesResource | project id', subscriptions: [A] });
    expect(JSON.stringify(table.json)).toContain("unknown table 'RecoveryServicesResource'");
  });

  it('validates scopes: more than 1000 subscriptions, invisible subscriptions, management groups', async () => {
    const many = Array.from(
      { length: 1001 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect((await query({ query: 'Resources | project id', subscriptions: many })).status).toBe(400);
    const invisible = await query({
      query: 'Resources | project id',
      subscriptions: ['33333333-3333-4333-8333-333333333333'],
    });
    expect(invisible.status).toBe(403);
    const mixed = await query({
      query: 'Resources | project id',
      subscriptions: [A, '33333333-3333-4333-8333-333333333333'],
    });
    expect(mixed.status).toBe(200);
    const group = await query({
      query: "Resources | where type =~ 'microsoft.containerservice/managedclusters' | project id",
      managementGroups: ['mg-platform'],
    });
    expect((group.json as { totalRecords: number }).totalRecords).toBe(3);
    expect((await query({ query: 'Resources | project id', managementGroups: ['mg-none'] })).status).toBe(
      403,
    );
  });

  it('keeps trusted-access bindings and recovery points out of Resource Graph, as Azure does', async () => {
    const response = await query({
      query: "Resources | where type contains 'trustedaccess' or type contains 'recoverypoints' | project id",
      subscriptions: [A, B],
    });
    expect((response.json as { totalRecords: number }).totalRecords).toBe(0);
  });

  it('filters role assignments by authorizationScopeFilter', async () => {
    const text =
      "AuthorizationResources | where type =~ 'microsoft.authorization/roleassignments' | project id";
    const below = await query({ query: text, subscriptions: [A] });
    const aboveAndBelow = await query({
      query: text,
      subscriptions: [A],
      options: { authorizationScopeFilter: 'AtScopeAboveAndBelow' },
    });
    expect((below.json as { totalRecords: number }).totalRecords).toBe(4);
    expect((aboveAndBelow.json as { totalRecords: number }).totalRecords).toBe(5);
  });
});

describe('emulator: quota, faults and lag', () => {
  it('throttles past the quota with 429 RateLimiting and zero remaining, with or without Retry-After', async () => {
    for (const quotaRetryAfter of [false, true]) {
      const small = await startEmulator({
        snapshot: loadFixture('small-estate.json'),
        quota: { limit: 2, windowMs: 60_000 },
        quotaRetryAfter,
      });
      try {
        const smallToken = await armToken(connect(small));
        const body = { query: 'Resources | project id', subscriptions: [A] };
        const statuses: number[] = [];
        let last;
        for (let i = 0; i < 3; i++) {
          last = await rawRequest(small, GRAPH, { method: 'POST', token: smallToken, body });
          statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 429]);
        expect(last!.json).toMatchObject({ error: { code: 'RateLimiting' } });
        expect(last!.headers['x-ms-user-quota-remaining']).toBe('0');
        expect(last!.headers['x-ms-user-quota-resets-after']).toMatch(/^00:0[01]:\d\d$/);
        expect(last!.headers['retry-after'] !== undefined).toBe(quotaRetryAfter);
        expect(small.stats.graphRateLimited).toBe(1);
      } finally {
        await small.close();
      }
    }
  });

  it('injects scripted faults: 429 with and without Retry-After, 5xx, resets', async () => {
    const path = `${CLUSTER}?api-version=2026-03-01`;
    emulator.faults.failNext('arm', '429');
    const throttled = await rawRequest(emulator, path, { token });
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('1');
    emulator.faults.failNext('arm', '429-no-retry-after');
    const bare = await rawRequest(emulator, path, { token });
    expect(bare.status).toBe(429);
    expect(bare.headers['retry-after']).toBeUndefined();
    emulator.faults.failNext('arm', '503');
    expect((await rawRequest(emulator, path, { token })).status).toBe(503);
    emulator.faults.failNext('arm', 'reset');
    await expect(rawRequest(emulator, path, { token })).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect((await rawRequest(emulator, path, { token })).status).toBe(200);
  });

  it('adds latency to every response', async () => {
    const slow = await startEmulator({ snapshot: loadFixture('small-estate.json'), latencyMs: 120 });
    try {
      const started = Date.now();
      await rawRequest(slow, `${CLUSTER}?api-version=2026-03-01`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    } finally {
      await slow.close();
    }
  });

  it('shows a lagging write to ARM at once and to Resource Graph only after the lag', async () => {
    const lagging = await startEmulator({
      snapshot: loadFixture('small-estate.json'),
      faults: 'lag:1',
      graphLagMs: 400,
    });
    try {
      const lagToken = await armToken(connect(lagging));
      const id = `/subscriptions/${A}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-new`;
      lagging.write({
        id,
        name: 'aks-new',
        type: 'Microsoft.ContainerService/managedClusters',
        location: 'westeurope',
      });
      const body = { query: "Resources | where name == 'aks-new' | project id", subscriptions: [A] };
      expect((await rawRequest(lagging, `${id}?api-version=2026-03-01`, { token: lagToken })).status).toBe(
        200,
      );
      expect(
        (await rawRequest(lagging, GRAPH, { method: 'POST', token: lagToken, body })).json,
      ).toMatchObject({ totalRecords: 0 });
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(
        (await rawRequest(lagging, GRAPH, { method: 'POST', token: lagToken, body })).json,
      ).toMatchObject({ totalRecords: 1 });
    } finally {
      await lagging.close();
    }
  });

  it('counts what clients cost', () => {
    expect(emulator.stats.tokenRequests).toBe(1);
    expect(emulator.stats.armByKind.get('get:managedclusters')).toBeGreaterThan(0);
    expect(emulator.stats.armByKind.get('list:trustedaccessrolebindings')).toBe(1);
    expect(emulator.stats.graphPages).toBeGreaterThan(0);
  });
});
