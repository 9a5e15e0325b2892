import { formatDuration } from '../../config/duration.js';
import { matrixValue } from '../support-matrix.js';
import type { InstanceSubject } from '../subjects.js';
import { durationSeconds, instantMs, sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/** Protection states in which the policy's schedule triggers backups (SPEC `currentProtectionState`). */
const SCHEDULED_STATES = ['ProtectionConfigured', 'ConfiguringProtection', 'UpdatingProtection'];

function schedulesRun(state: string | undefined): boolean {
  return state === undefined || SCHEDULED_STATES.some((s) => sameText(s, state));
}

/**
 * AKSB024. A recovery point is due every schedule interval; a scheduled backup may start up to the
 * backup window late (FAQ25: up to 2 h), so the newest one may be up to interval + window old. The
 * tolerance (rule param, default 1.5) absorbs one slow run without hiding a missed one on short intervals.
 * An instance without any recovery point fails only once its first scheduled backup was due: by its
 * creation time when known, else by whether any scheduled backup job of it has ended.
 */
export const recoveryPointFresh: CheckDefinition = {
  name: 'recovery-point-fresh',
  description: 'the latest recovery point is younger than (schedule interval + backup window) × tolerance',
  subjects: ['instance'],
  codes: ['stale', 'none'],
  params: {
    type: 'object',
    additionalProperties: false,
    properties: { tolerance: { type: 'number', minimum: 1, maximum: 10 } },
  },
  matrixPaths: () => ['schedule.backupWindow'],
  run(subject, { matrix, now }, params) {
    const s = subject as InstanceSubject;
    if (s.latestRecoveryPoint === undefined) return NO_FAILURES;
    const interval = durationSeconds(s.policy?.interval);
    if (interval === undefined) return NO_FAILURES;
    const window = durationSeconds(matrixValue(matrix, 'schedule.backupWindow')) ?? 0;
    const tolerance = typeof params.tolerance === 'number' ? params.tolerance : 1.5;
    const maxAgeMs = (interval + window) * tolerance * 1000;
    // Worded only for a failure: most instances are fresh, and formatting their durations would be wasted.
    const values = (): Record<string, unknown> => ({
      maxAge: formatDuration(Math.round(maxAgeMs / 1000)),
      interval: formatDuration(interval),
      window: formatDuration(window),
      tolerance,
    });
    if (s.latestRecoveryPoint === null) {
      const created = instantMs(s.createdAt);
      // A new instance has had no chance to take its first backup yet.
      if (created !== undefined) {
        return now.getTime() - created <= maxAgeMs ? NO_FAILURES : [{ code: 'none', values: values() }];
      }
      // With no creation time (Resource Graph has none), the vault's jobs tell: a scheduled backup that
      // came due left a job, failed or not, so none means the first one is not due yet. Only while the
      // schedule runs: a suspended or stopped instance never gets one (AKSB023 reports its state).
      if (s.scheduledBackupsEnded === 0 && schedulesRun(s.protectionState)) return NO_FAILURES;
      return [{ code: 'none', values: values() }];
    }
    const taken = instantMs(s.latestRecoveryPoint.time);
    if (taken === undefined) return NO_FAILURES;
    const ageMs = now.getTime() - taken;
    if (ageMs <= maxAgeMs) return NO_FAILURES;
    return [
      {
        code: 'stale',
        values: {
          ...values(),
          age: formatDuration(Math.round(ageMs / 1000)),
          time: s.latestRecoveryPoint.time,
        },
      },
    ];
  },
};
