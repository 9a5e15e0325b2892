import { formatDuration } from '../../config/duration.js';
import { matrixValue } from '../support-matrix.js';
import type { InstanceSubject } from '../subjects.js';
import { durationSeconds, instantMs } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/**
 * AKSB024. A recovery point is due every schedule interval; a scheduled backup may start up to the
 * backup window late (FAQ25: up to 2 h), so the newest one may be up to interval + window old. The
 * tolerance (rule param, default 1.5) absorbs one slow run without hiding a missed one on short intervals.
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
    const values = {
      maxAge: formatDuration(Math.round(maxAgeMs / 1000)),
      interval: formatDuration(interval),
      window: formatDuration(window),
      tolerance,
    };
    if (s.latestRecoveryPoint === null) {
      const created = instantMs(s.createdAt);
      // A new instance has had no chance to take its first backup yet.
      if (created !== undefined && now.getTime() - created <= maxAgeMs) return NO_FAILURES;
      return [{ code: 'none', values }];
    }
    const taken = instantMs(s.latestRecoveryPoint.time);
    if (taken === undefined) return NO_FAILURES;
    const ageMs = now.getTime() - taken;
    if (ageMs <= maxAgeMs) return NO_FAILURES;
    return [
      {
        code: 'stale',
        values: {
          ...values,
          age: formatDuration(Math.round(ageMs / 1000)),
          time: s.latestRecoveryPoint.time,
        },
      },
    ];
  },
};
