/**
 * Reads the live estate into an EstateSnapshot — the same shape `--estate FILE` holds, so everything
 * downstream is built one way (src/estate/snapshot.ts). Resource Graph answers everything it indexes in
 * O(rows / 1000) pages; ARM is asked only for what ARG lacks (bindings, recovery points, providers, and
 * the Kubernetes versions AKS supports in each region of the clusters read).
 * Resources are sorted by lower-cased id; `projectSnapshot` gives the same view of a snapshot file.
 */
import type { TokenCredential } from '@azure/core-auth';
import { locationKey, RESOURCE_TYPES, typeKey } from '../estate/arm-id.js';
import { buildEstate } from '../estate/build-estate.js';
import { backupSchedule } from '../estate/views/policy.js';
import {
  ESTATE_SCHEMA_VERSION,
  type ArmResource,
  type EstateSnapshot,
  type KubernetesVersionsAnswer,
  type ProviderStates,
} from '../estate/snapshot.js';
import { ArmReader } from './arm-reader.js';
import type { CloudEndpoints } from './clouds.js';
import { familyOf, projectDocument } from './graph-projection.js';
import {
  BACKUP_ROLE_DEFINITIONS,
  RESOURCE_FAMILIES,
  vaultCountsOfDocuments,
  type FamilyContext,
} from './resource-families.js';
import { ResourceGraphReader, type GraphScope } from './resource-graph.js';
import { REAL_TIMER, type RetryPolicy, type Timer } from './retry.js';
import {
  checkArmId,
  checkProviderNamespace,
  checkSubscriptionId,
  isLocationName,
  UnsafeInputError,
} from './safe-input.js';
import type { TransportOptions } from './transport.js';
import { byCodeUnit } from '../util/order.js';

/** Providers Azure Backup for AKS needs registered (AZURE-FACTS.md §1.5, BK25). */
export const BACKUP_PROVIDER_NAMESPACES = [
  'Microsoft.ContainerService',
  'Microsoft.DataProtection',
  'Microsoft.KubernetesConfiguration',
] as const;

/** Resource Graph keeps backup jobs for 14 days (AZURE-FACTS.md §5.2). */
const JOB_RETENTION_DAYS = 14;

export interface EstateReadOptions {
  scope: GraphScope;
  /** Read only these clusters (validated ids); all clusters in scope when absent. */
  clusterIds?: readonly string[];
  /** Jobs started on or after this instant (default: the last 14 days). */
  jobsSince?: Date;
  roleDefinitionIds?: readonly string[];
  /**
   * Recovery points cost one ARM list per backup instance. 'all' (the default) reads every instance's;
   * 'needed' only those of instances whose jobs do not already show a fresh backup (see
   * `recoveryPointReads`); 'none' skips them. Instances left out are listed in the snapshot's
   * `unreadRecoveryPoints`, so their latest recovery point reads as unknown rather than absent.
   */
  recoveryPoints?: RecoveryPointReads;
  /** Trusted-access bindings cost one ARM list per cluster: 'none' skips them. Default 'all'. */
  bindings?: 'all' | 'none';
  /** AKS's Kubernetes versions cost one ARM GET per region of the clusters read: 'none' skips them. Default 'all'. */
  kubernetesVersions?: 'all' | 'none';
  providerNamespaces?: readonly string[];
}

export type RecoveryPointReads = 'all' | 'needed' | 'none';

export interface EstateReaderDependencies {
  credential: TokenCredential;
  cloud: CloudEndpoints;
  transport?: TransportOptions;
  timer?: Timer;
  /** Clock for `capturedAt` and the jobs window. */
  now?: () => Date;
  graphRetry?: RetryPolicy;
  armRetry?: RetryPolicy;
  concurrency?: number;
  batchSize?: number;
}

export function familyContext(
  options: Pick<EstateReadOptions, 'jobsSince' | 'roleDefinitionIds'>,
  now: Date,
): FamilyContext {
  const roleDefinitionIds = (options.roleDefinitionIds ?? BACKUP_ROLE_DEFINITIONS).map((guid) => {
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(guid)) {
      throw new UnsafeInputError(`${JSON.stringify(guid)} is not a role definition GUID`);
    }
    return guid.toLowerCase();
  });
  return {
    jobsSince: options.jobsSince ?? new Date(now.getTime() - JOB_RETENTION_DAYS * 24 * 3600 * 1000),
    roleDefinitionIds,
  };
}

export async function readEstate(
  options: EstateReadOptions,
  deps: EstateReaderDependencies,
): Promise<EstateSnapshot> {
  const now = (deps.now ?? (() => new Date()))();
  // Validate everything user-supplied before the first request.
  const ctx = familyContext(options, now);
  const clusterIds = options.clusterIds?.map(checkArmId);
  const namespaces = (options.providerNamespaces ?? BACKUP_PROVIDER_NAMESPACES).map(checkProviderNamespace);
  const timer = deps.timer ?? REAL_TIMER;
  const graph = new ResourceGraphReader({
    credential: deps.credential,
    cloud: deps.cloud,
    transport: deps.transport,
    timer,
    ...(deps.graphRetry ? { retry: deps.graphRetry } : {}),
    ...(deps.batchSize ? { batchSize: deps.batchSize } : {}),
  });
  const arm = new ArmReader({
    credential: deps.credential,
    cloud: deps.cloud,
    transport: deps.transport,
    timer,
    ...(deps.armRetry ? { retry: deps.armRetry } : {}),
    ...(deps.concurrency ? { concurrency: deps.concurrency } : {}),
  });
  // Fail on a bad scope now rather than after the first family.
  const explicitSubscriptions = (options.scope.subscriptions ?? []).map(checkSubscriptionId);

  const resources: ArmResource[] = [];
  for (const family of RESOURCE_FAMILIES) {
    resources.push(...(await graph.readFamily(family, options.scope, ctx, clusterIds)));
  }
  const clusters = resources
    .filter((doc) => doc.type === 'Microsoft.ContainerService/managedClusters')
    .map((doc) => doc.id);
  if ((options.bindings ?? 'all') === 'all') resources.push(...(await arm.trustedAccessBindings(clusters)));
  const points = recoveryPointReads(resources, options.recoveryPoints ?? 'all', now);
  resources.push(...(await arm.recoveryPoints(points.read)));

  const subscriptions = new Set(explicitSubscriptions);
  for (const doc of resources) {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1];
    if (sub !== undefined) subscriptions.add(sub.toLowerCase());
  }
  const providers = await arm.providerStates([...subscriptions].sort(), namespaces);
  // After the providers: each region is asked through a subscription that has AKS registered.
  const versions =
    (options.kubernetesVersions ?? 'all') === 'all'
      ? await arm.kubernetesVersions(versionRequests(resources, providers))
      : {};
  // The families read AKS's policies and instances only; AKSB016's limits count every workload's. Asked
  // last: with the families it would be one page past a 15-query quota window at 1,000 clusters, and
  // after the ARM reads the window has reset.
  const vaultCounts = await graph.readVaultCounts(options.scope);

  return {
    schemaVersion: ESTATE_SCHEMA_VERSION,
    capturedAt: now.toISOString(),
    resources: sortById(resources),
    providers,
    ...(Object.keys(versions).length > 0 ? { kubernetesVersions: versions } : {}),
    ...(points.unread.length > 0 ? { unreadRecoveryPoints: points.unread } : {}),
    ...(Object.keys(vaultCounts).length > 0 ? { vaultCounts: sortKeys(vaultCounts) } : {}),
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byCodeUnit(a, b)));
}

/**
 * One request per region the clusters are in (the list is per region, and the same whichever subscription
 * asks), through the first subscription in id order that holds a cluster there, preferring one where
 * Microsoft.ContainerService is Registered: ARM refuses provider reads in a subscription that is not
 * (409 MissingSubscriptionRegistration). Locations that are not ARM location names are not asked.
 */
export function versionRequests(
  resources: readonly ArmResource[],
  providers: ProviderStates,
): { location: string; subscriptionId: string }[] {
  const byLocation = new Map<string, Set<string>>();
  for (const doc of resources) {
    if (typeKey(doc.type) !== RESOURCE_TYPES.managedCluster || typeof doc.location !== 'string') continue;
    const location = locationKey(doc.location);
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1]?.toLowerCase();
    if (sub === undefined || !isLocationName(location)) continue;
    let subs = byLocation.get(location);
    if (subs === undefined) byLocation.set(location, (subs = new Set()));
    subs.add(sub);
  }
  const registered = (sub: string): boolean =>
    Object.entries(providers[sub] ?? {}).some(
      ([ns, state]) =>
        ns.toLowerCase() === 'microsoft.containerservice' && state.toLowerCase() === 'registered',
    );
  return [...byLocation.keys()].sort().map((location) => {
    const subs = [...byLocation.get(location)!].sort();
    return { location, subscriptionId: subs.find(registered) ?? subs[0]! };
  });
}

/**
 * Which backup instances' recovery points to list, and which to leave unread. With 'needed', an instance
 * is left out when one of its backup jobs succeeded (Completed, CompletedWithWarnings or Succeeded,
 * AZURE-FACTS.md §4.9) and started no longer ago than one interval of its policy's schedule: that backup
 * took a recovery point no older than the job's start, and AKSB024 allows (interval + backup window) ×
 * a tolerance of at least 1, so it cannot fail on that instance. Such instances are most of a healthy
 * estate, and their lists most of the ARM calls of a read. Jobs come from Resource Graph, which the read
 * has already paid for; an instance without a policy interval or a recent success is read as before.
 */
export function recoveryPointReads(
  resources: readonly ArmResource[],
  mode: RecoveryPointReads,
  now: Date,
): { read: string[]; unread: string[] } {
  const instances = resources.filter((doc) => typeKey(doc.type) === RESOURCE_TYPES.backupInstance);
  if (mode === 'all') return { read: instances.map((doc) => doc.id), unread: [] };
  if (mode === 'none') return { read: [], unread: sortIds(instances.map((doc) => doc.id)) };
  const wanted = new Set<string>([
    RESOURCE_TYPES.backupInstance,
    RESOURCE_TYPES.backupPolicy,
    RESOURCE_TYPES.backupJob,
  ]);
  const estate = buildEstate({
    schemaVersion: ESTATE_SCHEMA_VERSION,
    capturedAt: now.toISOString(),
    resources: resources.filter((doc) => wanted.has(typeKey(doc.type))),
    providers: {},
  });
  const read: string[] = [];
  const unread: string[] = [];
  for (const doc of instances) {
    const instance = estate.instance(doc.id);
    const policy = instance?.policyId ? estate.policy(instance.policyId) : undefined;
    // The interval AKSB024 judges by (src/subjects/from-estate.ts instanceSubject).
    const seconds = policy ? backupSchedule(policy)?.interval.every?.seconds : undefined;
    const fresh =
      seconds !== undefined &&
      estate
        .jobsOf(doc.id)
        .some(
          (job) =>
            job.outcome === 'succeeded' &&
            job.operationCategory?.toLowerCase() === 'backup' &&
            job.startMs !== undefined &&
            job.startMs <= now.getTime() &&
            now.getTime() - job.startMs <= seconds * 1000,
        );
    (fresh ? unread : read).push(doc.id);
  }
  return { read, unread: sortIds(unread) };
}

function sortIds(ids: string[]): string[] {
  return ids.sort((a, b) => byCodeUnit(a.toLowerCase(), b.toLowerCase()));
}

export function sortById(resources: ArmResource[]): ArmResource[] {
  const keyed = resources.map((doc) => [doc.id.toLowerCase(), doc] as const);
  keyed.sort((a, b) => byCodeUnit(a[0], b[0]));
  return keyed.map(([, doc]) => doc);
}

/**
 * What a live read of this snapshot's estate returns: Resource Graph families filtered and projected,
 * ARM-read kinds verbatim (recovery points only for the instances the read would list), other documents
 * (and, given `subscriptions`, those outside them) dropped, sorted by id. `providers` is kept as the
 * snapshot has it; `kubernetesVersions` for the regions of the clusters read, where the snapshot has them;
 * `vaultCounts` as the counts query answers over the snapshot's policies and instances in scope (whatever
 * their workload), each vault's counts no lower than the snapshot's own `vaultCounts` say (those of an
 * export stand for documents it does not hold).
 */
export function projectSnapshot(
  snapshot: EstateSnapshot,
  options: Omit<EstateReadOptions, 'scope'> & { subscriptions?: readonly string[] } = {},
): EstateSnapshot {
  const ctx = familyContext(options, new Date(snapshot.capturedAt));
  const wantedClusters = options.clusterIds && new Set(options.clusterIds.map((id) => id.toLowerCase()));
  const inScope = (id: string): boolean => {
    if (options.subscriptions === undefined) return true;
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
    // Documents above subscriptions (management-group role assignments) are read when inherited.
    return sub === undefined || options.subscriptions.some((s) => s.toLowerCase() === sub);
  };
  const fromGraph = snapshot.resources.flatMap((doc) => {
    const family = familyOf(doc, RESOURCE_FAMILIES);
    if (family === undefined || !inScope(doc.id)) return [];
    if (family.filter && !family.filter.matches(doc, ctx)) return [];
    if (wantedClusters && family.key === 'managedClusters' && !wantedClusters.has(doc.id.toLowerCase()))
      return [];
    return [projectDocument(doc, family)];
  });
  // ARM-read kinds are read for the clusters and instances the graph read returned, verbatim.
  const clusters = new Set(fromGraph.map((doc) => doc.id.toLowerCase()));
  const points = recoveryPointReads(
    fromGraph,
    options.recoveryPoints ?? 'all',
    new Date(snapshot.capturedAt),
  );
  const listedInstances = new Set(points.read.map((id) => id.toLowerCase()));
  const childOf = (parents: ReadonlySet<string>, doc: ArmResource, kind: string): boolean =>
    doc.type.toLowerCase() === kind &&
    parents.has(doc.id.toLowerCase().slice(0, doc.id.lastIndexOf('/', doc.id.lastIndexOf('/') - 1)));
  const fromArm = snapshot.resources.filter(
    (doc) =>
      ((options.bindings ?? 'all') === 'all' &&
        childOf(clusters, doc, 'microsoft.containerservice/managedclusters/trustedaccessrolebindings')) ||
      childOf(listedInstances, doc, 'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints'),
  );
  const versions: Record<string, KubernetesVersionsAnswer> = {};
  if ((options.kubernetesVersions ?? 'all') === 'all' && snapshot.kubernetesVersions) {
    for (const { location } of versionRequests(fromGraph, snapshot.providers)) {
      const answer = snapshot.kubernetesVersions[location];
      if (answer !== undefined) versions[location] = answer;
    }
  }
  const vaultCounts = vaultCountsOfDocuments(snapshot.resources.filter((doc) => inScope(doc.id)));
  for (const [vault, count] of Object.entries(snapshot.vaultCounts ?? {})) {
    if (!inScope(vault)) continue;
    const seen = vaultCounts[vault];
    vaultCounts[vault] = {
      policies: Math.max(seen?.policies ?? 0, count.policies),
      instances: Math.max(seen?.instances ?? 0, count.instances),
    };
  }
  const {
    kubernetesVersions: _versions,
    unreadRecoveryPoints: _unread,
    vaultCounts: _counts,
    ...rest
  } = snapshot;
  return {
    ...rest,
    resources: sortById([...fromGraph, ...fromArm]),
    ...(Object.keys(versions).length > 0 ? { kubernetesVersions: versions } : {}),
    ...(points.unread.length > 0 ? { unreadRecoveryPoints: points.unread } : {}),
    ...(Object.keys(vaultCounts).length > 0 ? { vaultCounts: sortKeys(vaultCounts) } : {}),
  };
}
