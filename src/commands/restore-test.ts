import { InputError } from '../config/diagnostics.js';
import { loadDesiredState } from '../config/load.js';
import { appendDrillRecord, type DrillRecord } from '../operations/drill-history.js';
import { operationSubject } from '../operations/operation-subject.js';
import { drillSafetyProblem, restoreRequest, type DrillTarget } from '../operations/restore-request.js';
import { restoreAndWait } from '../operations/run-drill.js';
import { expandClusters } from '../plan/expand.js';
import type { ClusterBinding } from '../plan/model.js';
import { buildReport } from '../report/build.js';
import type { Finding, Report } from '../report/model.js';
import { evaluate, loadCatalogue } from '../rules/index.js';
import type { CommandContext } from './context.js';
import { lroPolling, estateFor, withAzure } from './estate-source.js';

export const DRILL_RULE = 'DRILL001';
const WAIT_TIMEOUT_MS = 2 * 3600_000;
const POLL_MS = 15_000;

/**
 * `restore-test`: the restore drill. For each cluster with `restoreDrill` (or --cluster): restore its
 * latest recovery point into the drill target (another cluster, or the same one under suffixed
 * namespaces, never over production namespaces), after validateRestore and the operation rules (daily
 * restore limit, target extension and trusted access, clusters running); wait for the job; report RPO
 * (age of the restored point) and RTO (job duration), and append them to --history-file.
 */
export async function restoreTestCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const estate = await estateFor(state, context);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const wanted = settings.cluster?.toLowerCase();
  const bindings = expandClusters(state, estate).bindings.filter(
    (b) =>
      b.cluster &&
      b.desired.restoreDrill &&
      (!wanted || b.clusterKey === wanted || b.clusterName.toLowerCase() === wanted),
  );
  if (bindings.length === 0) {
    throw new InputError([
      {
        file: settings.config,
        message: `no cluster ${wanted ? `named '${settings.cluster}' ` : ''}has a restoreDrill in the config: add one (README: the desired-state file)`,
      },
    ]);
  }
  const findings: Finding[] = [];
  const drills: DrillRecord[] = [];
  const fail = (binding: ClusterBinding, reason: string): void => {
    findings.push({
      ruleId: DRILL_RULE,
      severity: 'error',
      message: `restore drill failed: ${reason}`,
      cluster: binding.clusterName,
      resourceId: binding.clusterId,
      file: binding.desired.source.file,
      line: binding.desired.source.line,
      column: binding.desired.source.column,
      exempted: false,
    });
  };

  for (const binding of bindings) {
    const drill = binding.desired.restoreDrill!;
    const instance = estate
      .instancesOfCluster(binding.clusterId)
      .find((i) => i.vaultKey === binding.desired.vault.id.key);
    const point = instance
      ? estate
          .recoveryPointsOf(instance.id)
          .find((rp) => (rp.state ?? 'Completed').toLowerCase() === 'completed' && rp.timeMs !== undefined)
      : undefined;
    if (!instance || !point) {
      fail(
        binding,
        instance
          ? 'the instance has no Completed recovery point to restore'
          : 'the cluster has no backup instance: run plan and apply first',
      );
      continue;
    }
    const targetId = drill.target?.id ?? binding.clusterId;
    const targetView = estate.cluster(targetId);
    const target: DrillTarget = {
      sourceClusterId: binding.clusterId,
      targetClusterId: targetView?.id ?? targetId,
      targetClusterName: targetView?.name ?? drill.target?.name ?? binding.clusterName,
      location: targetView?.location ?? binding.cluster!.location ?? '',
      recoveryPointId: point.recoveryPointId,
      ...((drill.namespaces ?? binding.desired.backup.includedNamespaces)
        ? { namespaces: drill.namespaces ?? binding.desired.backup.includedNamespaces }
        : {}),
      namespaceSuffix: drill.namespaceSuffix,
    };
    const unsafe = drillSafetyProblem(target);
    if (unsafe) {
      fail(binding, unsafe);
      continue;
    }
    const subject = operationSubject(estate, {
      operation: 'restore',
      instanceId: instance.id,
      sourceClusterId: binding.clusterId,
      targetClusterId: target.targetClusterId,
      declaredAt: binding.desired.source,
      now,
    });
    const blockers = evaluate(catalogue, [subject], {
      now,
      matrix: catalogue.matrix,
      options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
    });
    findings.push(...blockers);
    if (blockers.some((f) => f.severity === 'error' && !f.exempted)) {
      fail(binding, `the restore may not start now: ${blockers.map((f) => f.ruleId).join(', ')}`);
      continue;
    }
    if (settings.estate) {
      fail(binding, 'a snapshot (--estate) cannot restore anything: run against Azure');
      continue;
    }
    const vaultId = instance.id.slice(0, instance.id.toLowerCase().indexOf('/backupinstances/'));
    const startedAt = new Date();
    log.info(
      `${binding.clusterName}: restoring recovery point ${point.recoveryPointId} (${point.time}) into ${target.targetClusterName}`,
    );
    const outcome = await withAzure(context, binding.clusterName, async ({ cloud, credential }) => {
      // Dynamic, like every import of src/azure/: the Data Protection client loads only when a drill
      // restores, never for the offline commands (numbers at readEstateFor in estate-source.ts).
      const { dataProtectionDrillActions } = await import('../azure/drill-actions.js');
      const actions = dataProtectionDrillActions({ cloud, credential, ...lroPolling(context) });
      return restoreAndWait(actions, realClock, {
        instanceId: instance.id,
        vaultId,
        request: restoreRequest(target),
        timeoutMs: WAIT_TIMEOUT_MS,
        pollMs: context.azure?.pollIntervalMs ?? POLL_MS,
        progress: (message) => log.info(`${binding.clusterName}: ${message}`),
      });
    });
    const record: DrillRecord = {
      at: startedAt.toISOString(),
      cluster: binding.clusterName,
      target: target.targetClusterName,
      recoveryPointId: point.recoveryPointId,
      rpoSeconds: Math.max(0, Math.round((startedAt.getTime() - point.timeMs!) / 1000)),
      rtoSeconds: outcome.ok ? outcome.rtoSeconds : outcome.waitSeconds,
      status: outcome.ok ? 'succeeded' : 'failed',
      ...(outcome.jobId ? { jobId: outcome.jobId } : {}),
      ...(outcome.ok ? {} : { error: outcome.reason }),
    };
    drills.push(record);
    if (settings.historyFile) appendDrillRecord(settings.historyFile, record);
    if (!outcome.ok) fail(binding, outcome.reason);
  }
  const report = buildReport({
    command: 'restore-test',
    failOn: 'error',
    now,
    config: settings.config,
    findings,
    stats: { clusters: bindings.length, restored: drills.filter((d) => d.status === 'succeeded').length },
  });
  return { ...report, drills };
}

const realClock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
