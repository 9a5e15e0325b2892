import { afterEach, describe, expect, it } from '@jest/globals';
import { familyContext } from '../../src/azure/read-estate.js';
import { RESOURCE_FAMILIES, type ResourceFamily } from '../../src/azure/resource-families.js';
import { GraphReadError, ResourceGraphReader, scopeBatches } from '../../src/azure/resource-graph.js';
import { UnsafeInputError } from '../../src/azure/safe-input.js';
import { REAL_TIMER } from '../../src/azure/retry.js';
import { projectDocument } from '../../src/azure/graph-projection.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js';
import {
  FAST_RETRY,
  FAST_SDK_RETRIES,
  connect,
  loadFixture,
  loadManagementGroups,
  recordingTimer,
} from '../emulator/testing.js';
import { generateEstate } from '../support/generate-estate.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const family = (key: string): ResourceFamily => RESOURCE_FAMILIES.find((f) => f.key === key)!;
const small = loadFixture('small-estate.json');
const ctx = familyContext({}, new Date(small.capturedAt));

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setUp(
  options: Partial<EmulatorOptions> = {},
): Promise<{ emulator: Emulator; reader: ResourceGraphReader }> {
  emulator = await startEmulator({
    snapshot: small,
    managementGroups: loadManagementGroups(),
    quota: { limit: 1000, windowMs: 5000 },
    ...options,
  });
  const connection = connect(emulator, { retryOptions: FAST_SDK_RETRIES });
  const reader = new ResourceGraphReader({ ...connection, retry: FAST_RETRY, timer: recordingTimer() });
  return { emulator, reader };
}

const expected = (key: string) =>
  small.resources
    .filter((doc) => doc.type.toLowerCase() === family(key).graphType)
    .map((doc) => projectDocument(doc, family(key)));

describe('ResourceGraphReader', () => {
  it('reads every page of a query, one page per row when pages hold one row', async () => {
    const { emulator, reader } = await setUp({ graphMaxPageSize: 1 });
    const clusters = await reader.readFamily(family('managedClusters'), { subscriptions: [A, B] }, ctx);
    expect(clusters).toEqual(expected('managedClusters'));
    const [cost] = [...emulator.stats.graphByQuery.values()];
    expect(cost).toEqual({ pages: 3, rows: 3 });
  });

  it('sends the same query and scopes with each skip token, $top 1000 and objectArray', async () => {
    const { emulator, reader } = await setUp({ graphMaxPageSize: 2 });
    await reader.readFamily(family('roleAssignments'), { subscriptions: [A] }, ctx);
    const requests = emulator.graphRequests as {
      query: string;
      subscriptions: string[];
      options: Record<string, unknown>;
    }[];
    expect(requests).toHaveLength(3); // 5 rows (one at management-group scope), 2 per page
    expect(new Set(requests.map((r) => r.query)).size).toBe(1);
    expect(requests.map((r) => r.options.$skipToken === undefined)).toEqual([true, false, false]);
    for (const request of requests) {
      expect(request.subscriptions).toEqual([A]);
      expect(request.options).toMatchObject({
        $top: 1000,
        resultFormat: 'objectArray',
        authorizationScopeFilter: 'AtScopeAboveAndBelow',
      });
    }
  });

  it('splits subscriptions into batches of at most 300 per request', async () => {
    const estate = generateEstate({
      clusters: 650,
      subscriptions: 650,
      recoveryPointsPerInstance: 0,
      jobsPerInstance: 0,
    });
    emulator = await startEmulator({ snapshot: estate, quota: { limit: 1000, windowMs: 5000 } });
    const reader = new ResourceGraphReader({ ...connect(emulator), retry: FAST_RETRY });
    const clusters = await reader.readFamily(
      family('managedClusters'),
      { subscriptions: Object.keys(estate.providers) },
      ctx,
    );
    expect(clusters).toHaveLength(650);
    expect(
      (emulator.graphRequests as { subscriptions: string[] }[]).map((r) => r.subscriptions.length),
    ).toEqual([300, 300, 50]);
    expect(
      scopeBatches({ subscriptions: Object.keys(estate.providers) }, 999).map((b) => b.subscriptions!.length),
    ).toEqual([650]);
    expect(() => scopeBatches({ subscriptions: [A] }, 1000)).toThrow('batch size must be 1-999');
  });

  it('reads at management-group scope the same documents as at subscription scope', async () => {
    const { reader } = await setUp();
    const bySubscription = await reader.readFamily(family('backupInstances'), { subscriptions: [A, B] }, ctx);
    const byGroup = await reader.readFamily(
      family('backupInstances'),
      { managementGroups: ['mg-platform'] },
      ctx,
    );
    expect(byGroup).toEqual(bySubscription);
    expect(byGroup).toHaveLength(2);
  });

  it('turns a truncated result without a skip token into an error, never a short estate', async () => {
    const { reader } = await setUp({ graphMaxPageSize: 2 });
    await expect(
      reader.queryAll('Resources | project name', { subscriptions: [A] }, { key: 'names' }),
    ).rejects.toThrow(
      new GraphReadError(
        'Resource Graph truncated the names result (2 of 4 rows) and gave no skip token; the query must project id',
      ),
    );
  });

  it('reports a refused query with Resource Graph’s reason', async () => {
    const { reader } = await setUp();
    await expect(
      reader.queryAll(
        'Resources | mv-expand properties.agentPoolProfiles',
        { subscriptions: [A] },
        { key: 'summary' },
      ),
    ).rejects.toThrow(
      /HTTP 400 BadRequest\): InvalidQuery: .*UnsupportedQuery: unsupported query operator 'mv-expand'/,
    );
  });

  it('retries 429s without Retry-After, which the SDK does not', async () => {
    const { emulator, reader } = await setUp();
    emulator.faults.failNext('graph', '429-no-retry-after', 3);
    const vaults = await reader.readFamily(family('backupVaults'), { subscriptions: [A] }, ctx);
    expect(vaults).toEqual(expected('backupVaults'));
    expect(emulator.stats.faults.get('429-no-retry-after')).toBe(3);
  });

  it('paces on the quota headers: no 429 while reading more pages than one window allows', async () => {
    emulator = await startEmulator({
      snapshot: small,
      graphMaxPageSize: 1,
      quota: { limit: 3, windowMs: 500 },
    });
    const reader = new ResourceGraphReader({ ...connect(emulator), retry: FAST_RETRY, timer: REAL_TIMER });
    const started = Date.now();
    const assignments = await reader.readFamily(family('roleAssignments'), { subscriptions: [A, B] }, ctx);
    expect(assignments).toHaveLength(4);
    expect(emulator.stats.graphPages).toBe(4);
    expect(emulator.stats.graphRateLimited).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400); // it waited for the window to reset
  }, 20_000);

  it('waits for the quota window after a RateLimiting 429 that has no Retry-After', async () => {
    emulator = await startEmulator({ snapshot: small, quota: { limit: 2, windowMs: 800 } });
    const connection = connect(emulator);
    const first = new ResourceGraphReader({ ...connection, retry: FAST_RETRY });
    const second = new ResourceGraphReader({ ...connection, retry: { ...FAST_RETRY, maxDelayMs: 5000 } });
    await first.readFamily(family('managedClusters'), { subscriptions: [A] }, ctx);
    await first.readFamily(family('backupVaults'), { subscriptions: [A] }, ctx);
    // Another reader on the same principal has not seen the headers: its first query is throttled.
    const policies = await second.readFamily(family('backupPolicies'), { subscriptions: [A] }, ctx);
    expect(policies).toEqual(expected('backupPolicies'));
    expect(emulator.stats.graphRateLimited).toBe(1);
  }, 20_000);

  it('restores extension keys when Resource Graph shows them in PascalCase', async () => {
    const { reader } = await setUp({ pascalCaseExtensionKeys: true });
    const extensions = await reader.readFamily(family('extensions'), { subscriptions: [A, B] }, ctx);
    expect(extensions).toEqual(expected('extensions'));
  });

  it.each([
    [{ subscriptions: [`${A}' | where 1==1 | union Resources | project id, p=properties //`] }],
    [{ subscriptions: [A], managementGroups: ['mg-platform'] }],
    [{ managementGroups: ["mg' or '1'=='1"] }],
    [{ subscriptions: [] }],
  ])('refuses a hostile or malformed scope before any request: %j', async (scope) => {
    const { emulator, reader } = await setUp();
    await expect(reader.readFamily(family('managedClusters'), scope, ctx)).rejects.toThrow(
      /not a subscription id|not both|not a management group id|no subscriptions/,
    );
    expect(emulator.stats.graphRequests + emulator.stats.tokenRequests).toBe(0);
  });

  it('refuses hostile cluster ids before any request', async () => {
    const { emulator, reader } = await setUp();
    const hostile = `/subscriptions/${A}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/x') | union (Resources`;
    await expect(
      reader.readFamily(family('managedClusters'), { subscriptions: [A] }, ctx, [hostile]),
    ).rejects.toThrow(UnsafeInputError);
    expect(emulator.stats.graphRequests).toBe(0);
  });
});
