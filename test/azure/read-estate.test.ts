import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ArmResource, EstateSnapshot } from '../../src/estate/snapshot.js';
import { projectSnapshot, readEstate, versionRequests } from '../../src/azure/read-estate.js';
import { UnsafeInputError } from '../../src/azure/safe-input.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js';
import {
  FAST_RETRY,
  FAST_SDK_RETRIES,
  connect,
  loadFixture,
  loadManagementGroups,
} from '../emulator/testing.js';
import { generateEstate } from '../support/generate-estate.js';
import { repoPath } from '../support/fixtures.js';

const small = loadFixture('small-estate.json');
const subscriptions = Object.keys(small.providers);
const VAULT =
  '/subscriptions/11111111-1111-4111-8111-111111111111/resourcegroups/rg-backup/providers/microsoft.dataprotection/backupvaults/bv-weu';
/** What a live read of small-estate.json returns: the file, and the per-vault counts of its one vault. */
const smallRead: EstateSnapshot = { ...small, vaultCounts: { [VAULT]: { policies: 1, instances: 2 } } };

let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function readFrom(
  snapshot: EstateSnapshot,
  options: Partial<EmulatorOptions> = {},
  read: Partial<Parameters<typeof readEstate>[0]> = {},
) {
  emulator = await startEmulator({
    snapshot,
    managementGroups: loadManagementGroups(),
    quota: { limit: 1000, windowMs: 5000 },
    ...options,
  });
  const connection = connect(emulator, { retryOptions: FAST_SDK_RETRIES });
  return readEstate(
    { scope: { subscriptions: Object.keys(snapshot.providers) }, ...read },
    { ...connection, graphRetry: FAST_RETRY, armRetry: FAST_RETRY, now: () => new Date(snapshot.capturedAt) },
  );
}

describe('readEstate against the emulator', () => {
  it('returns the identical snapshot it was loaded with', async () => {
    const read = await readFrom(small, { armPageSize: 1, graphMaxPageSize: 2 });
    expect(read).toEqual(smallRead);
    // Every kind in the estate took part.
    expect(new Set(read.resources.map((doc) => doc.type)).size).toBe(10);
  });

  it('returns what projectSnapshot says for an estate with more than the read projects', async () => {
    const extra: ArmResource[] = [
      // Not AKS: a disk policy and a disk backup instance stay out of the estate.
      {
        id: `${small.resources.find((d) => d.name === 'daily-30d')!.id.replace('daily-30d', 'disk-daily')}`,
        name: 'disk-daily',
        type: 'Microsoft.DataProtection/backupVaults/backupPolicies',
        properties: {
          objectType: 'BackupPolicy',
          datasourceTypes: ['Microsoft.Compute/disks'],
          policyRules: [],
        },
      },
      // A job older than the 14 days Resource Graph keeps, and a role the rules never look at.
      {
        ...small.resources.find((d) => d.type.endsWith('backupJobs'))!,
        id: `${small.resources.find((d) => d.type.endsWith('backupJobs'))!.id}-old`,
        properties: {
          ...(small.resources.find((d) => d.type.endsWith('backupJobs'))!.properties as object),
          startTime: '2026-03-01T02:00:00Z',
        },
      },
      {
        id: `/subscriptions/${subscriptions[0]}/providers/Microsoft.Authorization/roleAssignments/5b5b0000-0000-4000-8000-000000000001`,
        name: '5b5b0000-0000-4000-8000-000000000001',
        type: 'Microsoft.Authorization/roleAssignments',
        properties: {
          roleDefinitionId: `/subscriptions/${subscriptions[0]}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6`,
          principalId: 'p',
          principalType: 'User',
          scope: `/subscriptions/${subscriptions[0]}`,
        },
      },
      // A resource kind the estate does not read at all.
      {
        id: `/subscriptions/${subscriptions[0]}/resourceGroups/rg-aks/providers/Microsoft.Compute/disks/d1`,
        name: 'd1',
        type: 'Microsoft.Compute/disks',
        location: 'westeurope',
      },
    ];
    const richer = structuredClone(small);
    richer.resources.push(...extra);
    // Fields the read does not project, and ARM's other type spellings.
    for (const doc of richer.resources) {
      if (doc.type === 'Microsoft.ContainerService/managedClusters') {
        doc.type = 'Microsoft.ContainerService/ManagedClusters';
        doc.systemData = { createdBy: 'someone' };
        (doc.properties as Record<string, unknown>).fqdn = `${doc.name}.hcp.westeurope.azmk8s.io`;
      }
      if (doc.type === 'Microsoft.DataProtection/backupVaults')
        doc.type = 'Microsoft.DataProtection/Backupvaults';
    }
    const read = await readFrom(richer);
    expect(read).toEqual(projectSnapshot(richer));
    // The disk policy is counted in its vault, though its document is not read.
    expect(read).toEqual({ ...smallRead, vaultCounts: { [VAULT]: { policies: 2, instances: 2 } } });
  });

  it('reads examples/estate.json as projectSnapshot describes it, in whatever subscriptions it spans', async () => {
    const example = JSON.parse(readFileSync(repoPath('examples', 'estate.json'), 'utf8')) as EstateSnapshot;
    const spanned = [
      ...new Set(
        example.resources.flatMap(
          (doc) => /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1]?.toLowerCase() ?? [],
        ),
      ),
    ];
    emulator = await startEmulator({ snapshot: example, quota: { limit: 1000, windowMs: 5000 } });
    const read = await readEstate(
      { scope: { subscriptions: spanned } },
      { ...connect(emulator), now: () => new Date(example.capturedAt) },
    );
    expect(read.resources).toEqual(projectSnapshot(example).resources);
    // Read only the subscriptions the file lists providers for, and what lies elsewhere is not seen.
    const listed = Object.keys(example.providers);
    await emulator.close();
    emulator = await startEmulator({ snapshot: example, quota: { limit: 1000, windowMs: 5000 } });
    const narrower = await readEstate(
      { scope: { subscriptions: listed } },
      { ...connect(emulator), now: () => new Date(example.capturedAt) },
    );
    expect(narrower.resources).toEqual(projectSnapshot(example, { subscriptions: listed }).resources);
    expect(narrower.providers).toEqual(example.providers);
  });

  it('returns the identical snapshot with 20% injected transient faults of every kind', async () => {
    for (const seed of [11, 12]) {
      const read = await readFrom(small, {
        faults: '0.2',
        seed,
        armPageSize: 1,
        graphMaxPageSize: 2,
        retryAfterSeconds: 0,
        slowMs: 20,
      });
      expect(read).toEqual(smallRead);
      expect(emulator!.stats.faultCount).toBeGreaterThan(0);
      await emulator!.close();
      emulator = undefined;
    }
  }, 60_000);

  it("counts every workload's policies and instances per vault in one summarized query", async () => {
    const vault = small.resources.find((d) => d.type === 'Microsoft.DataProtection/backupVaults')!;
    const other = `/subscriptions/${subscriptions[0]}/resourceGroups/rg-other/providers/Microsoft.DataProtection/backupVaults/bv-blobs`;
    const shared: EstateSnapshot = {
      ...small,
      resources: [
        ...small.resources,
        // Bare documents of other workloads (blobs, disks, PostgreSQL), in the AKS vault and in another one.
        ...Array.from({ length: 1_203 }, (_, i) => ({
          id: `${vault.id}/backupPolicies/other-${i}`,
          type: 'Microsoft.DataProtection/backupVaults/backupPolicies',
        })),
        ...Array.from({ length: 7 }, (_, i) => ({
          id: `${vault.id.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/')}/backupInstances/disk-${i}`,
          type: 'Microsoft.DataProtection/backupVaults/backupInstances',
          properties: { dataSourceInfo: { datasourceType: 'Microsoft.Compute/disks' } },
        })),
        {
          id: other,
          type: 'Microsoft.DataProtection/backupVaults',
          name: 'bv-blobs',
          location: 'westeurope',
        },
        {
          id: `${other}/backupInstances/blob-1`,
          type: 'Microsoft.DataProtection/backupVaults/backupInstances',
        },
      ],
    };
    const read = await readFrom(shared, { graphMaxPageSize: 1 });
    expect(read.vaultCounts).toEqual({
      [other.toLowerCase()]: { policies: 0, instances: 1 },
      [VAULT]: { policies: 1_204, instances: 9 },
    });
    // Only the AKS documents are read; the others are counted, not fetched.
    expect(read.resources.filter((d) => d.type.endsWith('backupPolicies'))).toHaveLength(1);
    expect(read).toEqual(projectSnapshot(shared));
    // One query, one summarized row per vault: two vaults at one row a page are two pages, not 1,212 rows.
    const [counts] = [...emulator!.stats.graphByQuery].filter(([query]) => query.includes('summarize'));
    expect(counts?.[1]).toMatchObject({ pages: 2, rows: 2 });
  });

  it('keeps the counts a snapshot file brings for documents it does not hold', () => {
    const exported: EstateSnapshot = {
      ...small,
      vaultCounts: { [VAULT]: { policies: 4_999, instances: 3 } },
    };
    expect(projectSnapshot(exported).vaultCounts).toEqual({ [VAULT]: { policies: 4_999, instances: 3 } });
    // A vault outside the subscriptions read is not counted.
    expect(
      projectSnapshot(exported, { subscriptions: ['22222222-2222-4222-8222-222222222222'] }).vaultCounts,
    ).toBeUndefined();
  });

  it('can skip the per-cluster and per-instance ARM reads', async () => {
    const read = await readFrom(small, {}, { bindings: 'none', recoveryPoints: 'none' });
    expect(read).toEqual(projectSnapshot(small, { bindings: 'none', recoveryPoints: 'none' }));
    expect(emulator!.stats.armByKind.get('list:trustedaccessrolebindings')).toBeUndefined();
    expect(emulator!.stats.armByKind.get('list:recoverypoints')).toBeUndefined();
  });

  it("reads AKS's Kubernetes versions once per region and keeps a refusal as the region's answer", async () => {
    const read = await readFrom(small);
    // westeurope's list verbatim; northeurope refused with 403, recorded rather than failing the read.
    expect(read.kubernetesVersions).toEqual(small.kubernetesVersions);
    expect(emulator!.stats.armByKind.get('get:kubernetesversions')).toBe(2);
    await emulator!.close();
    const none = await readFrom(small, {}, { kubernetesVersions: 'none' });
    expect(none.kubernetesVersions).toBeUndefined();
    expect(emulator!.stats.armByKind.get('get:kubernetesversions')).toBeUndefined();
  });

  it('asks each region through a subscription where Microsoft.ContainerService is registered', async () => {
    const estate = generateEstate({ clusters: 12, subscriptions: 12, jobsPerInstance: 0 });
    // Twelve subscriptions over six regions: two subscriptions per region.
    const requests = versionRequests(estate.resources, estate.providers);
    expect(requests.map((r) => r.location)).toEqual([
      'centralus',
      'eastus2',
      'northeurope',
      'swedencentral',
      'uksouth',
      'westeurope',
    ]);
    const westeurope = requests.find((r) => r.location === 'westeurope')!;
    const [first, second] = estate.resources
      .filter((d) => d.type === 'Microsoft.ContainerService/managedClusters' && d.location === 'westeurope')
      .map((d) => d.id.split('/')[2]!)
      .sort();
    expect(westeurope.subscriptionId).toBe(first);
    const providers = structuredClone(estate.providers);
    providers[first!]!['Microsoft.ContainerService'] = 'Registering';
    expect(versionRequests(estate.resources, providers).find((r) => r.location === 'westeurope')).toEqual({
      location: 'westeurope',
      subscriptionId: second,
    });
  });

  it("recoveryPoints 'needed' lists only instances whose jobs do not show a backup within one interval", async () => {
    const estate = generateEstate({
      clusters: 40,
      subscriptions: 2,
      recoveryPointsPerInstance: 2,
      jobsPerInstance: 2,
    });
    const instances = estate.resources.filter((d) => d.type.endsWith('/backupInstances')).map((d) => d.id);
    const jobsOf = (instance: string) =>
      estate.resources.filter(
        (d) =>
          d.type.endsWith('/backupJobs') &&
          (d.properties as { backupInstanceId: string }).backupInstanceId === instance,
      );
    // One instance whose backups all failed, one whose last success is three days old.
    const [failing, old] = instances;
    for (const job of jobsOf(failing!)) (job.properties as { status: string }).status = 'Failed';
    for (const job of jobsOf(old!)) {
      const props = job.properties as { startTime: string };
      props.startTime = new Date(Date.parse(props.startTime) - 3 * 86_400_000).toISOString();
    }
    // Otherwise an instance needs its points read when its newest job did not complete: the generator's
    // newest job started within one interval of the capture, the one before it more than one interval ago.
    const newestCompleted = (instance: string): boolean => {
      const jobs = jobsOf(instance).map((d) => d.properties as { startTime: string; status: string });
      jobs.sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime));
      return jobs[0]?.status === 'Completed';
    };
    const needed = instances.filter((id) => id === failing || id === old || !newestCompleted(id));
    expect(needed.length).toBeLessThan(instances.length / 2);

    const read = await readFrom(estate, {}, { recoveryPoints: 'needed' });
    expect(emulator!.stats.armByKind.get('list:recoverypoints')).toBe(needed.length);
    const pointParents = new Set(
      read.resources
        .filter((d) => d.type.toLowerCase().endsWith('/recoverypoints'))
        .map((d) => d.id.slice(0, d.id.toLowerCase().indexOf('/recoverypoints/'))),
    );
    expect([...pointParents].sort()).toEqual([...needed].sort());
    expect(read.unreadRecoveryPoints).toEqual(
      instances
        .filter((id) => !needed.includes(id))
        .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
    const projected = projectSnapshot(estate, { recoveryPoints: 'needed' });
    expect(read.resources).toEqual(projected.resources);
    expect(read.unreadRecoveryPoints).toEqual(projected.unreadRecoveryPoints);
  });

  it('reads only the clusters asked for, and their bindings', async () => {
    const wanted = small.resources.find((d) => d.name === 'aks-prod-weu')!.id;
    const read = await readFrom(small, {}, { clusterIds: [wanted] });
    expect(
      read.resources.filter((d) => d.type === 'Microsoft.ContainerService/managedClusters').map((d) => d.id),
    ).toEqual([wanted]);
    expect(emulator!.stats.armByKind.get('list:trustedaccessrolebindings')).toBe(1);
    expect(read).toEqual(projectSnapshot(small, { clusterIds: [wanted] }));
  });

  it('refuses injection attempts before sending anything', async () => {
    emulator = await startEmulator({ snapshot: small });
    const connection = connect(emulator);
    const deps = { ...connection, graphRetry: FAST_RETRY, armRetry: FAST_RETRY };
    for (const options of [
      { scope: { subscriptions: [`${subscriptions[0]}' | project secret=properties`] } },
      { scope: { subscriptions }, clusterIds: [`/subscriptions/${subscriptions[0]}/x' or '1'=='1`] },
      { scope: { subscriptions }, roleDefinitionIds: ["acdd72a7' or type != '"] },
      { scope: { subscriptions }, providerNamespaces: ['Microsoft.DataProtection?x=1'] },
    ]) {
      await expect(readEstate(options, deps)).rejects.toThrow(UnsafeInputError);
    }
    expect(emulator.stats.graphRequests + emulator.stats.armReads + emulator.stats.tokenRequests).toBe(0);
  });
});

describe('readEstate at scale', () => {
  it('reads 10,000 clusters in 300 subscriptions in ceil(rows/1000) pages per query plus one ARM list per cluster', async () => {
    const started = Date.now();
    const estate = generateEstate({
      clusters: 10_000,
      subscriptions: 300,
      recoveryPointsPerInstance: 0,
      jobsPerInstance: 1,
    });
    emulator = await startEmulator({ snapshot: estate, quota: { limit: 1000, windowMs: 5000 } });
    const connection = connect(emulator);
    const read = await readEstate(
      { scope: { subscriptions: Object.keys(estate.providers) }, recoveryPoints: 'none' },
      { ...connection, now: () => new Date(estate.capturedAt), concurrency: 16 },
    );
    const elapsed = Date.now() - started;

    const clusters = estate.resources.filter(
      (doc) => doc.type === 'Microsoft.ContainerService/managedClusters',
    ).length;
    expect(clusters).toBe(10_000);
    expect(
      read.resources.filter((doc) => doc.type === 'Microsoft.ContainerService/managedClusters'),
    ).toHaveLength(10_000);
    expect(read.resources).toEqual(projectSnapshot(estate, { recoveryPoints: 'none' }).resources);
    expect(read.providers).toEqual(estate.providers);

    const stats = emulator.stats;
    // One query per family and the per-vault counts, one batch of 300 subscriptions.
    expect(stats.graphByQuery.size).toBe(9);
    for (const [query, cost] of stats.graphByQuery) {
      expect({ query: query.split('\n')[1], pages: cost.pages }).toEqual({
        query: query.split('\n')[1],
        pages: Math.max(1, Math.ceil(cost.rows / 1000)),
      });
    }
    // The unavoidable ARM reads: trusted-access bindings per cluster, three providers per subscription,
    // AKS's Kubernetes versions per region.
    expect(Object.fromEntries(stats.armByKind)).toEqual({
      'list:trustedaccessrolebindings': 10_000,
      'get:provider': 900,
      // One per region the clusters are in, whatever the number of subscriptions.
      'get:kubernetesversions': 6,
    });
    expect(stats.tokenRequests).toBe(1);
    expect(stats.graphRateLimited).toBe(0);
    console.log(
      `10,000-cluster read: ${elapsed} ms, ${stats.graphPages} Resource Graph pages, ${stats.armReads} ARM reads`,
    );
  }, 180_000);
});
