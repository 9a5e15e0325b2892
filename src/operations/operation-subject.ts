import type { Estate } from '../estate/model.js';
import type { JobFacts, OperationClusterFacts, OperationSubject } from '../rules/subjects.js';
import type { SourceLocation } from '../config/diagnostics.js';

/** Jobs that count against the per-day limits: the last 24 hours, with some margin for clock skew. */
const RECENT_JOBS_MS = 26 * 3_600_000;

/**
 * The facts of one cluster taking part in an operation: running or not, its backup extension, its
 * trusted-access bindings (AKSB019, AKSB020). A cluster missing from the estate yields only its id, and
 * the rules, which never fail on an absent fact, say nothing about it.
 */
export function operationCluster(estate: Estate, clusterId: string): OperationClusterFacts {
  const cluster = estate.cluster(clusterId);
  if (!cluster) return { id: clusterId };
  const extension = estate.backupExtension(cluster.id);
  return {
    id: cluster.id,
    name: cluster.name,
    ...(cluster.location ? { location: cluster.location } : {}),
    ...(cluster.powerState ? { powerState: cluster.powerState } : {}),
    extension: extension
      ? {
          name: extension.name,
          ...(extension.extensionType ? { extensionType: extension.extensionType } : {}),
          ...(extension.provisioningState ? { provisioningState: extension.provisioningState } : {}),
        }
      : null,
    trustedAccessBindings: estate.bindingsOfCluster(cluster.id).map((b) => ({
      name: b.name,
      ...(b.sourceResourceId ? { sourceResourceId: b.sourceResourceId } : {}),
      roles: b.roles,
      ...(b.provisioningState ? { provisioningState: b.provisioningState } : {}),
    })),
  };
}

export interface OperationRequest {
  operation: 'backup' | 'restore';
  instanceId: string;
  sourceClusterId: string;
  /** Restores only: where the recovery point is restored to. */
  targetClusterId?: string;
  declaredAt?: SourceLocation;
  now: Date;
}

/**
 * The subject rules AKSB017-AKSB020 judge before an on-demand backup or a restore starts: the per-day
 * counts from the instance's recent jobs, the clusters' power states, extensions and trusted access.
 */
export function operationSubject(estate: Estate, request: OperationRequest): OperationSubject {
  const since = request.now.getTime() - RECENT_JOBS_MS;
  const recentJobs: JobFacts[] = estate
    .jobsOf(request.instanceId)
    .filter((job) => job.startMs !== undefined && job.startMs >= since)
    .map((job) => ({
      id: job.id,
      ...(job.operationCategory ? { category: job.operationCategory } : {}),
      ...(job.operation ? { operation: job.operation } : {}),
      ...(job.status ? { status: job.status } : {}),
      ...(job.isUserTriggered !== undefined ? { isUserTriggered: job.isUserTriggered } : {}),
      ...(job.startTime ? { startTime: job.startTime } : {}),
    }));
  const source = operationCluster(estate, request.sourceClusterId);
  const vaultAt = request.instanceId.toLowerCase().indexOf('/backupinstances/');
  return {
    kind: 'operation',
    operation: request.operation,
    resourceId: request.instanceId,
    ...(source.name ? { cluster: source.name } : {}),
    clusterId: request.sourceClusterId,
    ...(request.declaredAt ? { declaredAt: request.declaredAt } : {}),
    ...(vaultAt > 0 ? { vaultId: request.instanceId.slice(0, vaultAt) } : {}),
    sourceCluster: source,
    ...(request.targetClusterId ? { targetCluster: operationCluster(estate, request.targetClusterId) } : {}),
    sourceDataStore: 'OperationalStore',
    recentJobs,
  };
}
