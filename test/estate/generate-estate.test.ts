import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { buildEstate } from '../../src/estate/build-estate.js';
import { validateSnapshotSchema } from '../../src/estate/schema-validate.js';
import { serialiseSnapshot } from '../../src/estate/write-snapshot.js';
import { generateEstate } from '../support/generate-estate.js';

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('generateEstate', () => {
  it('is deterministic: the same options give the same bytes, another seed other bytes', () => {
    const options = { clusters: 200, subscriptions: 9, seed: 42 };
    const first = serialiseSnapshot(generateEstate(options));
    expect(digest(serialiseSnapshot(generateEstate(options)))).toBe(digest(first));
    expect(digest(serialiseSnapshot(generateEstate({ ...options, seed: 43 })))).not.toBe(digest(first));
  });

  it('produces a snapshot the schema accepts', () => {
    const snapshot = generateEstate({ clusters: 50, subscriptions: 4 });
    expect(validateSnapshotSchema('generated.json', '', snapshot)).toEqual([]);
  });

  it('produces a consistent estate: every reference resolves', () => {
    const estate = buildEstate(generateEstate({ clusters: 600, subscriptions: 12, seed: 7 }));
    expect(estate.clusters).toHaveLength(600);
    expect(estate.vaults).toHaveLength(12);
    expect(Object.keys(estate.providers)).toHaveLength(12);
    expect(estate.duplicateIds).toEqual([]);
    expect(estate.otherResources).toEqual([]);
    for (const instance of estate.instances) {
      expect(estate.cluster(instance.clusterId!)).toBeDefined();
      expect(estate.policy(instance.policyId!)).toBeDefined();
      expect(estate.vault(instance.vaultKey!)).toBeDefined();
      expect(estate.backupExtension(instance.clusterId!)).toBeDefined();
      expect(estate.latestRecoveryPoint(instance.id)).toBeDefined();
      expect(estate.jobsOf(instance.id)).toHaveLength(6);
    }
    const linkedJobs = estate.instances.reduce(
      (total, instance) => total + estate.jobsOf(instance.id).length,
      0,
    );
    expect(linkedJobs).toBe(estate.jobs.length);
    for (const binding of estate.bindings) expect(estate.vault(binding.sourceResourceId!)).toBeDefined();
    for (const extension of estate.extensions) expect(estate.cluster(extension.clusterKey!)).toBeDefined();
  });

  it('spreads the scenarios the rules must see', () => {
    const estate = buildEstate(generateEstate({ clusters: 2000, subscriptions: 40, seed: 3 }));
    const share = (count: number) => count / estate.clusters.length;
    expect(share(estate.instances.length)).toBeGreaterThan(0.75);
    expect(share(estate.instances.length)).toBeLessThan(0.95);
    expect(estate.instances.some((instance) => instance.protectionState === 'ProtectionError')).toBe(true);
    expect(estate.jobs.some((job) => job.outcome === 'failed')).toBe(true);
    expect(estate.extensions.some((extension) => extension.provisioningState === 'Failed')).toBe(true);
    expect(estate.clusters.some((cluster) => estate.instancesOfCluster(cluster.id).length === 0)).toBe(true);
    expect(estate.clusters.some((cluster) => cluster.powerState === 'Stopped')).toBe(true);
    const unregistered = Object.values(estate.providers).filter(
      (states) => states['Microsoft.KubernetesConfiguration'] === 'NotRegistered',
    );
    expect(unregistered).toHaveLength(2);
  });

  it('builds an estate of 10,000 clusters over 300 subscriptions', () => {
    const snapshot = generateEstate({ clusters: 10_000, subscriptions: 300 });
    const estate = buildEstate(snapshot);
    expect(estate.clusters).toHaveLength(10_000);
    expect(estate.vaults).toHaveLength(300);
    const last = estate.clusters.at(-1)!;
    expect(estate.cluster(last.id.toUpperCase())).toBe(last);
    const protectedCluster = estate.instances[0]!.clusterKey!;
    expect(estate.instancesOfCluster(protectedCluster)).toHaveLength(1);
  });
});
