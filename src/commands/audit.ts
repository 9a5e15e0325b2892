import { existsSync } from 'node:fs';
import { loadDesiredState } from '../config/load.js';
import type { DesiredState } from '../config/model.js';
import { SourceMap } from '../config/source-map.js';
import type { Estate } from '../estate/model.js';
import type { Plan } from '../plan/model.js';
import { inShard, type Shard } from '../plan/shard.js';
import { atOrAbove, buildReport } from '../report/build.js';
import type { ClusterStatus, Finding, Report, Severity } from '../report/model.js';
import { subjectsOfUnboundClusters } from '../subjects/from-estate.js';
import { assess, reportChanges } from './assess.js';
import type { CommandContext } from './context.js';

/**
 * `audit`: the scheduled compliance run. Every cluster in scope, listed in the config or not (how
 * unprotected clusters are found), with its protection state, latest recovery point, last job, drift
 * from the desired state and findings, and the share of clusters that are compliant. Writes nothing.
 */
export async function auditCommand(context: CommandContext): Promise<Report> {
  const { settings, now } = context;
  // With --scope the audit can run estate-wide without a desired state; every cluster is then "not in config".
  const state =
    settings.scope.length === 0 || existsSync(settings.config)
      ? loadDesiredState(settings.config)
      : emptyDesiredState(settings.config);
  // Restore-drill targets are meant to hold no backups of their own: not "unprotected".
  const drillTargets = new Set(
    state.clusters.flatMap((c) => (c.restoreDrill?.target ? [c.restoreDrill.target.key] : [])),
  );
  const { estate, plan, findings, estateTime } = await assess(state, context, (estate, plan, at) =>
    subjectsOfUnboundClusters(estate, plan, at, settings.shard, drillTargets),
  );
  const clusters = clusterStatuses(
    estate,
    plan,
    findings,
    estateTime,
    settings.failOn,
    settings.shard,
    drillTargets,
  );
  const compliant = clusters.filter((c) => c.compliant).length;
  const report = buildReport({
    command: 'audit',
    failOn: settings.failOn,
    now,
    ...(state.clusters.length > 0 ? { config: settings.config } : {}),
    changes: reportChanges(plan),
    findings,
    stats: {
      clusters: clusters.length,
      compliant,
      unprotected: clusters.filter((c) => c.protection === 'unprotected').length,
      unhealthy: clusters.filter((c) => c.protection === 'unhealthy').length,
      compliancePercent: clusters.length === 0 ? 100 : Math.round((compliant / clusters.length) * 1000) / 10,
    },
  });
  return { ...report, clusters };
}

function clusterStatuses(
  estate: Estate,
  plan: Plan,
  findings: readonly Finding[],
  at: Date,
  failOn: Severity,
  shard: Shard | undefined,
  skip: ReadonlySet<string>,
): ClusterStatus[] {
  const bound = new Set(plan.bindings.map((b) => b.clusterKey));
  return estate.clusters
    .filter((cluster) => inShard(cluster.key, shard) && !skip.has(cluster.key))
    .map((cluster) => {
      const instances = estate.instancesOfCluster(cluster.id);
      const healthy = instances.find(
        (i) => (i.protectionState ?? '').toLowerCase() === 'protectionconfigured',
      );
      const instance = healthy ?? instances[0];
      const latest = instances
        .map((i) => estate.latestRecoveryPoint(i.id))
        .filter((rp) => rp?.timeMs !== undefined)
        .sort((a, b) => b!.timeMs! - a!.timeMs!)[0];
      const job = instances
        .flatMap((i) => estate.jobsOf(i.id))
        .sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0))[0];
      const mine = findings.filter((f) => f.cluster === cluster.name && !f.exempted);
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of mine) counts[f.severity]++;
      const drift = plan.changes.filter(
        (c) => c.action !== 'noop' && c.clusterId !== undefined && c.clusterId.toLowerCase() === cluster.key,
      ).length;
      const protection: ClusterStatus['protection'] = healthy
        ? 'protected'
        : instance
          ? 'unhealthy'
          : 'unprotected';
      return {
        cluster: cluster.name,
        id: cluster.id,
        inConfig: bound.has(cluster.key),
        protection,
        ...(instance?.protectionState ? { protectionState: instance.protectionState } : {}),
        ...(latest?.time
          ? {
              latestRecoveryPoint: latest.time,
              recoveryPointAgeHours: Math.round(((at.getTime() - latest.timeMs!) / 3_600_000) * 10) / 10,
            }
          : {}),
        ...(job
          ? {
              lastJob: {
                ...(job.operationCategory ? { category: job.operationCategory } : {}),
                ...(job.status ? { status: job.status } : {}),
                ...(job.startTime ? { startTime: job.startTime } : {}),
              },
            }
          : {}),
        drift,
        findings: counts,
        compliant:
          protection === 'protected' && drift === 0 && !mine.some((f) => atOrAbove(f.severity, failOn)),
      };
    })
    .sort((a, b) => Number(a.compliant) - Number(b.compliant) || a.cluster.localeCompare(b.cluster));
}

function emptyDesiredState(file: string): DesiredState {
  return {
    file,
    version: 1,
    vaults: new Map(),
    storage: new Map(),
    policies: new Map(),
    clusters: [],
    exemptions: [],
    options: { roleSet: 'recommended', allowAzureFiles: false },
    sourceMap: new SourceMap(file),
  };
}
