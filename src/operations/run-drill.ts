import { formatDuration } from '../config/duration.js';
import { jobOutcome } from '../estate/views/job.js';
import type { Clock } from './run-gate.js';

/** What the drill asks of Azure; src/azure implements it. */
export interface DrillActions {
  /** Validates the restore request, then starts the restore; returns the job's id. */
  restore(instanceId: string, request: unknown): Promise<string>;
  job(
    vaultId: string,
    jobId: string,
  ): Promise<{ status?: string; startTime?: string; endTime?: string; error?: string } | undefined>;
}

export type DrillOutcome =
  | { ok: true; jobId: string; rtoSeconds: number }
  | { ok: false; jobId?: string; waitSeconds: number; reason: string };

/**
 * Starts the restore and waits for its job, bounded. RTO is the job's own duration when Azure reports
 * start and end, else the time waited: what a real restore of this cluster would take.
 */
export async function restoreAndWait(
  actions: DrillActions,
  clock: Clock,
  options: {
    instanceId: string;
    vaultId: string;
    request: unknown;
    timeoutMs: number;
    pollMs: number;
    progress: (m: string) => void;
  },
): Promise<DrillOutcome> {
  const started = clock.now();
  const elapsed = (): number => Math.round((clock.now() - started) / 1000);
  const jobId = await actions.restore(options.instanceId, options.request);
  options.progress(`restore started (job ${jobId})`);
  while (clock.now() < started + options.timeoutMs) {
    const job = await actions.job(options.vaultId, jobId);
    const state = jobOutcome(job?.status);
    if (state === 'failed')
      return {
        ok: false,
        jobId,
        waitSeconds: elapsed(),
        reason: `restore job ${jobId} ${job?.status}${job?.error ? `: ${job.error}` : ''}`,
      };
    if (state === 'succeeded') {
      const measured =
        job?.startTime && job.endTime
          ? Math.round((Date.parse(job.endTime) - Date.parse(job.startTime)) / 1000)
          : NaN;
      return {
        ok: true,
        jobId,
        rtoSeconds: Number.isFinite(measured) && measured >= 0 ? measured : elapsed(),
      };
    }
    options.progress(`job ${jobId} ${job?.status ?? 'not visible yet'} after ${formatDuration(elapsed())}`);
    await clock.sleep(options.pollMs);
  }
  return {
    ok: false,
    jobId,
    waitSeconds: elapsed(),
    reason: `restore job ${jobId} not finished within ${formatDuration(Math.round(options.timeoutMs / 1000))}`,
  };
}
