/**
 * An estate where apply has exactly N backup instances to create and nothing else (issue 9: "1,000
 * instance creations"): the generator's clusters that are ready for protection — backup extension
 * `Succeeded`, a trusted-access binding, the role assignments, registered providers — with their backup
 * instances (and those instances' recovery points and jobs) taken away. Clusters that are not ready are
 * left out, so no extension, binding or role assignment is planned beside the instances.
 */
import type { ArmResource, EstateSnapshot } from '../src/estate/snapshot.js';
import { generateEstate } from '../test/support/generate-estate.js';

export interface ApplyEstate {
  snapshot: EstateSnapshot;
  /** Instances to create per subscription: the per-subscription bound applies to each. */
  perSubscription: Map<string, number>;
}

const INSTANCE = 'microsoft.dataprotection/backupvaults/backupinstances';
const CLUSTER = 'microsoft.containerservice/managedclusters';

export function applyEstate(instances: number, subscriptions: number, seed: number): ApplyEstate {
  // About 70% of generated clusters are ready; generate enough, then keep the first `instances`.
  for (let generated = Math.ceil(instances * 1.5); ; generated = Math.ceil(generated * 1.3)) {
    const full = generateEstate({ clusters: generated, subscriptions, seed });
    const ready = readyClusters(full).slice(0, instances);
    if (ready.length === instances) return withoutInstances(full, new Set(ready));
  }
}

/** Lower-cased ids of clusters whose only missing piece, once their instance is gone, is the instance. */
function readyClusters(snapshot: EstateSnapshot): string[] {
  const docs = new Map<string, ArmResource[]>();
  const under = (clusterKey: string): ArmResource[] => docs.get(clusterKey) ?? [];
  const clusters: string[] = [];
  const instanceOf = new Map<string, ArmResource>();
  for (const doc of snapshot.resources) {
    const type = doc.type.toLowerCase();
    const id = doc.id.toLowerCase();
    if (type === CLUSTER) clusters.push(id);
    else if (type === INSTANCE) {
      const source = (doc.properties as { dataSourceInfo?: { resourceID?: string } }).dataSourceInfo
        ?.resourceID;
      if (source) instanceOf.set(source.toLowerCase(), doc);
    }
    const clusterKey = /^(.*\/managedclusters\/[^/]+)\//.exec(id)?.[1];
    if (clusterKey) docs.set(clusterKey, [...under(clusterKey), doc]);
  }
  return clusters.filter((cluster) => {
    const children = under(cluster);
    const extension = children.find(
      (d) => d.type.toLowerCase() === 'microsoft.kubernetesconfiguration/extensions',
    );
    const state = (extension?.properties as { provisioningState?: string } | undefined)?.provisioningState;
    const binding = children.some((d) => d.type.toLowerCase().endsWith('/trustedaccessrolebindings'));
    const instance = instanceOf.get(cluster);
    const protection = (instance?.properties as { currentProtectionState?: string } | undefined)
      ?.currentProtectionState;
    // A protected, healthy instance means the generator also wrote its role assignments.
    return state === 'Succeeded' && binding && protection === 'ProtectionConfigured';
  });
}

function withoutInstances(snapshot: EstateSnapshot, ready: Set<string>): ApplyEstate {
  const clusterOf = (id: string): string | undefined =>
    /^(.*\/managedclusters\/[^/]+)/.exec(id.toLowerCase())?.[1];
  const droppedInstances = new Set<string>();
  const perSubscription = new Map<string, number>();
  for (const doc of snapshot.resources) {
    if (doc.type.toLowerCase() !== INSTANCE) continue;
    droppedInstances.add(doc.id.toLowerCase());
    const source =
      (doc.properties as { dataSourceInfo?: { resourceID?: string } }).dataSourceInfo?.resourceID ?? '';
    if (ready.has(source.toLowerCase())) {
      const subscription = source.split('/')[2]!.toLowerCase();
      perSubscription.set(subscription, (perSubscription.get(subscription) ?? 0) + 1);
    }
  }
  const resources = snapshot.resources.filter((doc) => {
    const id = doc.id.toLowerCase();
    const cluster = clusterOf(id);
    if (cluster !== undefined && !ready.has(cluster)) return false; // not-ready clusters and their children
    const instance = /^(.*\/backupinstances\/[^/]+)/.exec(id)?.[1];
    if (instance !== undefined && droppedInstances.has(instance)) return false; // instances, recovery points
    const jobInstance = (doc.properties as { backupInstanceId?: string } | undefined)?.backupInstanceId;
    return jobInstance === undefined || !droppedInstances.has(jobInstance.toLowerCase());
  });
  // Every provider registered, so no registration is planned either.
  const providers = Object.fromEntries(
    Object.entries(snapshot.providers).map(([subscription, namespaces]) => [
      subscription,
      Object.fromEntries(Object.keys(namespaces).map((namespace) => [namespace, 'Registered'])),
    ]),
  );
  return { snapshot: { ...snapshot, resources, providers }, perSubscription };
}
