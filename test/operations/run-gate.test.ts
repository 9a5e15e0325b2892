import { describe, expect, it } from '@jest/globals';
import { triggerAndWait, type Clock, type GateActions } from '../../src/operations/run-gate.js';

/** A clock that jumps forward on every sleep: the loop's timing is tested without waiting. */
function fakeClock(start = Date.parse('2026-11-21T10:00:00Z')): Clock & { t: number } {
  return {
    t: start,
    now() {
      return this.t;
    },
    async sleep(ms: number) {
      this.t += ms;
    },
  };
}

/** A job that runs for `runFor` ms, then succeeds (or fails), and a recovery point that appears `lag` ms later. */
function azure(
  clock: { t: number },
  runFor: number,
  result: 'Completed' | 'Failed',
  lag = 0,
): GateActions & { calls: string[] } {
  let startedAt = 0;
  const calls: string[] = [];
  return {
    calls,
    async triggerBackup(instanceId, ruleName) {
      calls.push(`trigger ${ruleName}`);
      startedAt = clock.t;
      return 'job-1';
    },
    async job() {
      calls.push('job');
      return clock.t - startedAt >= runFor
        ? {
            status: result,
            ...(result === 'Failed' ? { error: 'UserErrorKubernetesBackupExtensionUnhealthy' } : {}),
          }
        : { status: 'InProgress' };
    },
    async recoveryPoints() {
      calls.push('rps');
      const old = { id: 'rp-old', time: '2026-11-20T00:00:00Z', state: 'Completed' };
      return clock.t - startedAt >= runFor + lag
        ? [old, { id: 'rp-new', time: new Date(startedAt + runFor).toISOString(), state: 'Completed' }]
        : [old];
    },
  };
}

const options = (progress: string[]) => ({
  instanceId:
    '/subscriptions/s/resourceGroups/r/providers/Microsoft.DataProtection/backupVaults/v/backupInstances/bi',
  vaultId: '/subscriptions/s/resourceGroups/r/providers/Microsoft.DataProtection/backupVaults/v',
  ruleName: 'BackupHourly',
  timeoutMs: 30 * 60_000,
  pollMs: 30_000,
  progress: (m: string) => progress.push(m),
});

describe('triggerAndWait', () => {
  it('passes when the job succeeds and a new recovery point is listed, with the wait time', async () => {
    const clock = fakeClock();
    const progress: string[] = [];
    const result = await triggerAndWait(
      azure(clock, 5 * 60_000, 'Completed', 60_000),
      clock,
      options(progress),
    );
    expect(result).toEqual({
      ok: true,
      jobId: 'job-1',
      recoveryPoint: { id: 'rp-new', time: '2026-11-21T10:05:00.000Z' },
      waitSeconds: 360,
    });
    expect(progress[0]).toBe('on-demand backup started (job job-1), waiting for a new recovery point');
    expect(progress).toContain('job job-1 Completed after 5m');
  });

  it('fails with the job error when the job fails', async () => {
    const clock = fakeClock();
    const result = await triggerAndWait(azure(clock, 60_000, 'Failed'), clock, options([]));
    expect(result).toEqual({
      ok: false,
      jobId: 'job-1',
      waitSeconds: 60,
      reason: 'backup job job-1 Failed: UserErrorKubernetesBackupExtensionUnhealthy',
    });
  });

  it('gives up at the timeout and says where it stood', async () => {
    const clock = fakeClock();
    const result = await triggerAndWait(azure(clock, 3 * 3600_000, 'Completed'), clock, options([]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('no new recovery point within 30m (job job-1 still running)');
  });

  it('does not accept an old recovery point as the new one', async () => {
    const clock = fakeClock();
    const actions = azure(clock, 60_000, 'Completed', 10 * 3600_000);
    const result = await triggerAndWait(actions, clock, options([]));
    expect(!result.ok && result.reason).toBe(
      'no new recovery point within 30m (the job finished, the recovery point is not listed yet)',
    );
    expect(actions.calls.filter((c) => c === 'trigger BackupHourly')).toHaveLength(1);
  });
});
