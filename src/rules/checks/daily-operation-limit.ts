import { requireMatrixValue } from '../support-matrix.js';
import type { JobFacts, OperationSubject } from '../subjects.js';
import { instantMs, sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

const DAY_MS = 86_400_000;

/**
 * AKSB017 / AKSB018. At most 10 on-demand backups and 10 restores per instance per day (SM23, SM26).
 * The service does not say whether "day" is a calendar day or a rolling 24 hours; the rolling window is
 * the stricter reading, and hot-retrying past the limit can block the instance for hours
 * (`CloudDosTimeboudLimitReached`, AZURE-FACTS.md §4.7), so the check counts the last 24 hours.
 */
export const dailyOperationLimit: CheckDefinition = {
  name: 'daily-operation-limit',
  description: 'an on-demand backup or a restore stays within the per-instance daily limit',
  subjects: ['operation'],
  codes: ['exceeded'],
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['operation', 'limit'],
    properties: {
      operation: { enum: ['backup', 'restore'] },
      limit: { type: 'string', description: 'support-matrix path of the per-day limit' },
    },
  },
  matrixPaths: (params) => [String(params.limit)],
  run(subject, { matrix, now }, params) {
    const s = subject as OperationSubject;
    if (s.operation !== params.operation || !s.recentJobs) return NO_FAILURES;
    const limit = requireMatrixValue<number>(matrix, String(params.limit));
    const since = now.getTime() - DAY_MS;
    const counted = s.recentJobs
      .filter((job) => counts(job, s.operation))
      .map((job) => instantMs(job.startTime))
      .filter((ms): ms is number => ms !== undefined && ms > since && ms <= now.getTime())
      .sort((a, b) => a - b);
    // This operation is one more.
    if (counted.length + 1 <= limit) return NO_FAILURES;
    const freesAt = new Date(counted[counted.length - limit]! + DAY_MS).toISOString();
    return [{ code: 'exceeded', values: { count: counted.length, limit, freesAt } }];
  },
};

function counts(job: JobFacts, operation: 'backup' | 'restore'): boolean {
  const category = job.category ?? job.operation ?? '';
  if (operation === 'restore') return sameText(category, 'Restore') || /restore/i.test(job.operation ?? '');
  // Scheduled backups do not count against the on-demand limit.
  return (
    (sameText(category, 'Backup') || /backup/i.test(job.operation ?? '')) && job.isUserTriggered === true
  );
}
