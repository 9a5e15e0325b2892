import { formatDuration } from '../config/duration.js';
import type { BackupInstanceView, RecoveryPointView } from '../estate/model.js';

/**
 * The pre-upgrade gate's decision for one cluster, before anything is triggered. Pure: the estate's
 * facts and `now` in, a verdict out.
 * - `fresh`: a recovery point younger than the maximum age exists: pass at once.
 * - `trigger`: the instance is healthy but its latest recovery point is too old (or there is none):
 *   take an on-demand backup and wait for a new recovery point.
 * - `blocked`: no healthy instance to back up: fail with what to fix.
 */
export type GateVerdict =
  | { verdict: 'fresh'; recoveryPoint: RecoveryPointView; ageSeconds: number; reason: string }
  | { verdict: 'trigger'; reason: string }
  | { verdict: 'blocked'; reason: string };

/** Protection states in which Azure takes backups (AZURE-FACTS.md §4.6: healthy = ProtectionConfigured). */
const HEALTHY = new Set(['protectionconfigured']);

export function decideGate(
  instance: BackupInstanceView | undefined,
  latest: RecoveryPointView | undefined,
  maxAgeSeconds: number,
  now: Date,
): GateVerdict {
  if (!instance) {
    return { verdict: 'blocked', reason: 'the cluster has no backup instance: run plan and apply first' };
  }
  const state = instance.protectionState ?? 'unknown';
  if (!HEALTHY.has(state.toLowerCase())) {
    const cause = instance.errors[0]?.message ? `: ${instance.errors[0].message}` : '';
    return {
      verdict: 'blocked',
      reason: `backup instance ${instance.name} is ${state}, not ProtectionConfigured${cause}; an on-demand backup would not run`,
    };
  }
  const limit = formatDuration(maxAgeSeconds);
  // A Partial recovery point did not capture everything: it does not make an upgrade safe.
  if (latest?.timeMs !== undefined && (latest.state ?? 'Completed').toLowerCase() === 'completed') {
    const ageSeconds = Math.max(0, Math.round((now.getTime() - latest.timeMs) / 1000));
    if (ageSeconds <= maxAgeSeconds) {
      return {
        verdict: 'fresh',
        recoveryPoint: latest,
        ageSeconds,
        reason: `recovery point ${latest.recoveryPointId} is ${formatDuration(ageSeconds)} old, within ${limit}`,
      };
    }
    return {
      verdict: 'trigger',
      reason: `the latest recovery point is ${formatDuration(ageSeconds)} old, older than ${limit}`,
    };
  }
  return {
    verdict: 'trigger',
    reason: latest
      ? `the latest recovery point is ${latest.state}, not Completed`
      : 'the instance has no recovery point yet',
  };
}
