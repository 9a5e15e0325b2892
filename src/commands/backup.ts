import { InputError } from '../config/diagnostics.js';
import { parseDuration } from '../config/duration.js';
import { loadDesiredState } from '../config/load.js';
import type { Estate } from '../estate/model.js';
import { decideGate } from '../operations/gate.js';
import { operationSubject } from '../operations/operation-subject.js';
import { triggerAndWait } from '../operations/run-gate.js';
import { expandClusters } from '../plan/expand.js';
import type { ClusterBinding } from '../plan/model.js';
import { buildReport } from '../report/build.js';
import type { Finding, GateResult, Report } from '../report/model.js';
import { evaluate, loadCatalogue } from '../rules/index.js';
import type { CommandContext } from './context.js';
import { lroPolling, estateFor, withAzure } from './estate-source.js';

export const GATE_RULE = 'GATE001';
/** How long the gate waits for a new recovery point; AKS backups of large clusters take tens of minutes. */
const WAIT_TIMEOUT_MS = 60 * 60_000;
const POLL_MS = 15_000;

/**
 * `backup`: the pre-upgrade gate. For each cluster (--cluster, or every cluster of the config): pass at
 * once when a recovery point younger than the maximum age exists; otherwise check the operation rules
 * (daily on-demand limit, cluster running), take an on-demand backup and wait for a new recovery point.
 * Exit 0 pass, 2 gate failed, 1 error.
 */
export async function backupCommand(context: CommandContext): Promise<Report> {
  const { settings, now, log } = context;
  const state = loadDesiredState(settings.config);
  const estate = await estateFor(state, context);
  const bindings = selectClusters(expandClusters(state, estate).bindings, settings.cluster);
  const catalogue = loadCatalogue(settings.policies ? { organisationFolder: settings.policies } : {});
  const findings: Finding[] = [];
  const gates: GateResult[] = [];
  const fail = (binding: ClusterBinding, reason: string, extra: Partial<GateResult> = {}): void => {
    gates.push({ cluster: binding.clusterName, verdict: 'failed', reason, ...extra });
    findings.push({
      ruleId: GATE_RULE,
      severity: 'error',
      message: `pre-upgrade gate failed: ${reason}`,
      cluster: binding.clusterName,
      resourceId: binding.clusterId,
      ...location(binding),
      exempted: false,
    });
  };

  for (const binding of bindings) {
    const maxAge = maxAgeFor(binding, settings.maxAge);
    const instance = estate
      .instancesOfCluster(binding.clusterId)
      .find((i) => i.vaultKey === binding.desired.vault.id.key);
    const latest = instance ? estate.latestRecoveryPoint(instance.id) : undefined;
    const verdict = decideGate(instance, latest, maxAge, now);
    log.info(`${binding.clusterName}: ${verdict.reason}`);
    if (verdict.verdict === 'fresh') {
      gates.push({
        cluster: binding.clusterName,
        verdict: 'passed',
        reason: verdict.reason,
        recoveryPointId: verdict.recoveryPoint.recoveryPointId,
        recoveryPointTime: verdict.recoveryPoint.time!,
        waitSeconds: 0,
      });
      continue;
    }
    if (verdict.verdict === 'blocked' || !instance) {
      fail(binding, verdict.reason);
      continue;
    }
    const blockers = operationRules(catalogue, estate, instance.id, binding, now);
    findings.push(...blockers);
    if (blockers.some((f) => f.severity === 'error' && !f.exempted)) {
      fail(
        binding,
        `${verdict.reason}, and an on-demand backup may not start now: ${blockers.map((f) => f.ruleId).join(', ')}`,
      );
      continue;
    }
    if (settings.estate) {
      fail(binding, `${verdict.reason}; a snapshot (--estate) cannot take a backup: run against Azure`);
      continue;
    }
    const ruleName = estate.policy(instance.policyId ?? '')?.backupRules[0]?.name;
    if (!ruleName) {
      fail(binding, `the policy of ${instance.name} has no backup rule to run on demand`);
      continue;
    }
    const vaultId = instance.id.slice(0, instance.id.toLowerCase().indexOf('/backupinstances/'));
    const outcome = await withAzure(context, binding.clusterName, async ({ cloud, credential }) => {
      // Dynamic, like every import of src/azure/: the Data Protection client loads only when a gate takes
      // a backup, never for `backup --estate` or the offline commands (numbers at estate-source.ts).
      const { dataProtectionGateActions } = await import('../azure/gate-actions.js');
      const actions = dataProtectionGateActions({ cloud, credential, ...lroPolling(context) });
      return triggerAndWait(actions, realClock, {
        instanceId: instance.id,
        vaultId,
        ruleName,
        timeoutMs: WAIT_TIMEOUT_MS,
        pollMs: context.azure?.pollIntervalMs ?? POLL_MS,
        progress: (message) => log.info(`${binding.clusterName}: ${message}`),
      });
    });
    if (outcome.ok) {
      gates.push({
        cluster: binding.clusterName,
        verdict: 'passed',
        reason: `new recovery point ${outcome.recoveryPoint.id}`,
        recoveryPointId: outcome.recoveryPoint.id,
        recoveryPointTime: outcome.recoveryPoint.time,
        jobId: outcome.jobId,
        waitSeconds: outcome.waitSeconds,
      });
    } else {
      fail(binding, outcome.reason, {
        ...(outcome.jobId ? { jobId: outcome.jobId } : {}),
        waitSeconds: outcome.waitSeconds,
      });
    }
  }
  const report = buildReport({
    command: 'backup',
    failOn: 'error',
    now,
    config: settings.config,
    findings,
    stats: {
      clusters: gates.length,
      passed: gates.filter((g) => g.verdict === 'passed').length,
      failed: gates.filter((g) => g.verdict === 'failed').length,
    },
  });
  return { ...report, gates };
}

const realClock = {
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

function selectClusters(bindings: ClusterBinding[], wanted: string | undefined): ClusterBinding[] {
  const present = bindings.filter((b) => b.cluster);
  if (!wanted) return present;
  const key = wanted.toLowerCase();
  const chosen = present.filter((b) => b.clusterKey === key || b.clusterName.toLowerCase() === key);
  if (chosen.length === 0) {
    throw new InputError([
      {
        file: 'cluster',
        message: `no cluster of the config is named or has the id '${wanted}' (known: ${present.map((b) => b.clusterName).join(', ') || 'none'})`,
      },
    ]);
  }
  return chosen;
}

function maxAgeFor(binding: ClusterBinding, input: string | undefined): number {
  if (input) {
    const parsed = parseDuration(input);
    if (!parsed.ok) throw new InputError([{ file: 'max-age', message: parsed.reason }]);
    return parsed.value.seconds;
  }
  const fromConfig = binding.desired.preUpgrade.maxRecoveryPointAge;
  if (!fromConfig) {
    throw new InputError([
      {
        ...binding.desired.source,
        message: `${binding.clusterName} has no preUpgrade.maxRecoveryPointAge: set it in the config or give --max-age`,
      },
    ]);
  }
  return fromConfig.seconds;
}

function operationRules(
  catalogue: ReturnType<typeof loadCatalogue>,
  estate: Estate,
  instanceId: string,
  binding: ClusterBinding,
  now: Date,
): Finding[] {
  const subject = operationSubject(estate, {
    operation: 'backup',
    instanceId,
    sourceClusterId: binding.clusterId,
    declaredAt: binding.desired.source,
    now,
  });
  return evaluate(catalogue, [subject], {
    now,
    matrix: catalogue.matrix,
    options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
  });
}

function location(binding: ClusterBinding): Pick<Finding, 'file' | 'line' | 'column'> {
  return {
    file: binding.desired.source.file,
    line: binding.desired.source.line,
    column: binding.desired.source.column,
  };
}
