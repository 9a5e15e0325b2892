import { formatDuration } from '../config/duration.js';
import { jobOutcome } from '../estate/views/job.js';

/** What the gate asks of Azure once it decided to take a backup; src/azure implements it. */
export interface GateActions {
  /** Starts an on-demand backup with the policy's backup rule; returns the job's id. */
  triggerBackup(instanceId: string, ruleName: string): Promise<string>;
  /** The job's status as Azure writes it, and its first error if it failed. */
  job(vaultId: string, jobId: string): Promise<{ status?: string; error?: string } | undefined>;
  /** The instance's recovery points, straight from ARM (never Resource Graph, which lags). */
  recoveryPoints(instanceId: string): Promise<{ id: string; time: string; state?: string }[]>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface TriggerOptions {
  instanceId: string;
  vaultId: string;
  ruleName: string;
  timeoutMs: number;
  pollMs: number;
  progress: (message: string) => void;
}

export type TriggerOutcome =
  | { ok: true; jobId: string; recoveryPoint: { id: string; time: string }; waitSeconds: number }
  | { ok: false; jobId?: string; waitSeconds: number; reason: string };

/**
 * Takes an on-demand backup and waits until a new recovery point exists: the job must succeed, and then a
 * Completed recovery point newer than the trigger must be listed (a job can end before its point is
 * visible). Bounded by `timeoutMs`; progress is reported at every poll so a pipeline shows it is alive.
 */
export async function triggerAndWait(
  actions: GateActions,
  clock: Clock,
  options: TriggerOptions,
): Promise<TriggerOutcome> {
  const started = clock.now();
  const elapsed = (): number => Math.round((clock.now() - started) / 1000);
  const deadline = started + options.timeoutMs;
  const jobId = await actions.triggerBackup(options.instanceId, options.ruleName);
  options.progress(`on-demand backup started (job ${jobId}), waiting for a new recovery point`);
  let jobDone = false;
  while (clock.now() < deadline) {
    if (!jobDone) {
      const job = await actions.job(options.vaultId, jobId);
      const state = jobOutcome(job?.status);
      if (state === 'failed') {
        return {
          ok: false,
          jobId,
          waitSeconds: elapsed(),
          reason: `backup job ${jobId} ${job?.status}${job?.error ? `: ${job.error}` : ''}`,
        };
      }
      jobDone = state === 'succeeded';
      options.progress(`job ${jobId} ${job?.status ?? 'not visible yet'} after ${formatDuration(elapsed())}`);
    }
    if (jobDone) {
      const fresh = (await actions.recoveryPoints(options.instanceId))
        .filter(
          (rp) =>
            Date.parse(rp.time) >= started - 60_000 &&
            (rp.state ?? 'Completed').toLowerCase() === 'completed',
        )
        .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
      if (fresh)
        return { ok: true, jobId, recoveryPoint: { id: fresh.id, time: fresh.time }, waitSeconds: elapsed() };
    }
    await clock.sleep(options.pollMs);
  }
  return {
    ok: false,
    jobId,
    waitSeconds: elapsed(),
    reason: `no new recovery point within ${formatDuration(Math.round(options.timeoutMs / 1000))}${jobDone ? ' (the job finished, the recovery point is not listed yet)' : ` (job ${jobId} still running)`}`,
  };
}
