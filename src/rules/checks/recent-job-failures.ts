import type { InstanceSubject } from '../subjects.js';
import { durationSeconds, instantMs, sameText } from '../values.js';
import { listSome, NO_FAILURES, plural, type CheckDefinition } from './types.js';

/** Job statuses that mean the work did not happen (AZURE-FACTS.md §4.9: failure = Failed | Cancelled). */
const FAILED = ['Failed', 'Cancelled', 'Canceled'];
const FAILED_LOWER = new Set(FAILED.map((status) => status.toLowerCase()));

/** Whether a job's status is one of FAILED, in any case. */
function hasFailed(status: string | undefined): boolean {
  return typeof status === 'string' && FAILED_LOWER.has(status.toLowerCase());
}

/** AKSB029. Any failed backup or restore job of the instance within the window (default one day). */
export const recentJobFailures: CheckDefinition = {
  name: 'recent-job-failures',
  description: 'no backup or restore job of the instance failed within the window',
  subjects: ['instance'],
  codes: ['failed'],
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      window: { type: 'string', description: 'ISO 8601 duration, e.g. P1D' },
      categories: { type: 'array', minItems: 1, items: { type: 'string' } },
    },
  },
  matrixPaths: () => [],
  run(subject, { now }, params) {
    const s = subject as InstanceSubject;
    if (!s.jobs) return NO_FAILURES;
    const windowMs = (durationSeconds(params.window ?? 'P1D') ?? 86_400) * 1000;
    const categories = (params.categories as string[] | undefined) ?? ['Backup', 'Restore'];
    const since = now.getTime() - windowMs;
    const failed = s.jobs.filter((job) => {
      // The status first: most jobs succeeded, and it is the cheaper test.
      if (!hasFailed(job.status)) return false;
      const category = job.category ?? job.operation;
      if (
        !categories.some(
          (c) => sameText(c, category) || (job.operation ?? '').toLowerCase().includes(c.toLowerCase()),
        )
      )
        return false;
      const at = instantMs(job.endTime) ?? instantMs(job.startTime);
      return at !== undefined && at > since && at <= now.getTime();
    });
    if (failed.length === 0) return NO_FAILURES;
    const described = failed.map(
      (job) =>
        `${job.category ?? job.operation ?? 'job'} ${job.status} at ${job.startTime ?? job.endTime}` +
        (job.errorCode ? ` (${job.errorCode}${job.errorMessage ? `: ${job.errorMessage}` : ''})` : ''),
    );
    return [
      {
        code: 'failed',
        values: {
          jobs: listSome(described),
          count: plural(failed.length, 'job'),
          window: humanWindow(windowMs),
        },
      },
    ];
  },
};

function humanWindow(ms: number): string {
  const hours = ms / 3_600_000;
  return hours % 24 === 0 && hours > 24 ? plural(hours / 24, 'day') : plural(hours, 'hour');
}
