/**
 * Reads the live estate into an EstateSnapshot — the same shape `--estate FILE` holds, so everything
 * downstream is built one way (src/estate/snapshot.ts). Resource Graph answers everything it indexes in
 * O(rows / 1000) pages; ARM is asked only for what ARG lacks (bindings, recovery points, providers).
 * Resources are sorted by lower-cased id; `projectSnapshot` gives the same view of a snapshot file.
 */
import type { TokenCredential } from '@azure/core-auth';
import { ESTATE_SCHEMA_VERSION, type ArmResource, type EstateSnapshot } from '../estate/snapshot.js';
import { ArmReader } from './arm-reader.js';
import type { CloudEndpoints } from './clouds.js';
import { familyOf, projectDocument } from './graph-projection.js';
import { BACKUP_ROLE_DEFINITIONS, RESOURCE_FAMILIES, type FamilyContext } from './resource-families.js';
import { ResourceGraphReader, type GraphScope } from './resource-graph.js';
import { REAL_TIMER, type RetryPolicy, type Timer } from './retry.js';
import { checkArmId, checkProviderNamespace, checkSubscriptionId, UnsafeInputError } from './safe-input.js';
import type { TransportOptions } from './transport.js';

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
  /** Recovery points cost one ARM list per backup instance: 'none' skips them. Default 'all'. */
  recoveryPoints?: 'all' | 'none';
  /** Trusted-access bindings cost one ARM list per cluster: 'none' skips them. Default 'all'. */
  bindings?: 'all' | 'none';
  providerNamespaces?: readonly string[];
}

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
  const instances = resources
    .filter((doc) => doc.type === 'Microsoft.DataProtection/backupVaults/backupInstances')
    .map((doc) => doc.id);
  if ((options.bindings ?? 'all') === 'all') resources.push(...(await arm.trustedAccessBindings(clusters)));
  if ((options.recoveryPoints ?? 'all') === 'all') resources.push(...(await arm.recoveryPoints(instances)));

  const subscriptions = new Set(explicitSubscriptions);
  for (const doc of resources) {
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1];
    if (sub !== undefined) subscriptions.add(sub.toLowerCase());
  }
  const providers = await arm.providerStates([...subscriptions].sort(), namespaces);

  return {
    schemaVersion: ESTATE_SCHEMA_VERSION,
    capturedAt: now.toISOString(),
    resources: sortById(resources),
    providers,
  };
}

export function sortById(resources: ArmResource[]): ArmResource[] {
  const keyed = resources.map((doc) => [doc.id.toLowerCase(), doc] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, doc]) => doc);
}

/**
 * What a live read of this snapshot's estate returns: Resource Graph families filtered and projected,
 * ARM-read kinds verbatim, other documents (and, given `subscriptions`, those outside them) dropped,
 * sorted by id. `providers` is kept as the snapshot has it.
 */
export function projectSnapshot(
  snapshot: EstateSnapshot,
  options: Omit<EstateReadOptions, 'scope'> & { subscriptions?: readonly string[] } = {},
): EstateSnapshot {
  const ctx = familyContext(options, new Date(snapshot.capturedAt));
  const wantedClusters = options.clusterIds && new Set(options.clusterIds.map((id) => id.toLowerCase()));
  const inScope = (doc: ArmResource): boolean => {
    if (options.subscriptions === undefined) return true;
    const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1]?.toLowerCase();
    // Documents above subscriptions (management-group role assignments) are read when inherited.
    return sub === undefined || options.subscriptions.some((s) => s.toLowerCase() === sub);
  };
  const fromGraph = snapshot.resources.flatMap((doc) => {
    const family = familyOf(doc, RESOURCE_FAMILIES);
    if (family === undefined || !inScope(doc)) return [];
    if (family.filter && !family.filter.matches(doc, ctx)) return [];
    if (wantedClusters && family.key === 'managedClusters' && !wantedClusters.has(doc.id.toLowerCase()))
      return [];
    return [projectDocument(doc, family)];
  });
  // ARM-read kinds are read for the clusters and instances the graph read returned, verbatim.
  const parents = new Set(fromGraph.map((doc) => doc.id.toLowerCase()));
  const childOfReadParent = (doc: ArmResource, kind: string): boolean =>
    doc.type.toLowerCase() === kind &&
    parents.has(doc.id.toLowerCase().slice(0, doc.id.lastIndexOf('/', doc.id.lastIndexOf('/') - 1)));
  const fromArm = snapshot.resources.filter(
    (doc) =>
      ((options.bindings ?? 'all') === 'all' &&
        childOfReadParent(doc, 'microsoft.containerservice/managedclusters/trustedaccessrolebindings')) ||
      ((options.recoveryPoints ?? 'all') === 'all' &&
        childOfReadParent(doc, 'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints')),
  );
  return { ...snapshot, resources: sortById([...fromGraph, ...fromArm]) };
}
