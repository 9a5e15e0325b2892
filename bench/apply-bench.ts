/**
 * Suite side of the apply benchmark (issue 9: N instance creations with 200 ms LRO steps, against the
 * ideal for the concurrency bound). apply keeps `concurrency` changes in flight per subscription, so the
 * ideal is ⌈busiest subscription's instances / concurrency⌉ rounds of one creation's time — and that time
 * is measured, not assumed: the same apply of a single instance on the same emulator settings (fastest of
 * a few runs). The ratio therefore shows how well apply fills its bound, not how fast the emulator is.
 *
 * 100 instances per subscription keep each subscription's writes (validateForBackup + PUT per instance)
 * within ARM's 200-write burst (AZURE-FACTS.md §6.1); the write buckets are replayed afterwards to check.
 */
import { startEmulator } from '../test/emulator/server.js';
import { applyEstate } from './apply-estate.js';
import { runInChild } from './child.js';
import { desiredStateFor } from './desired-state.js';
import { SEED } from './estate-workspace.js';
import { progress, withCpuTime, withHeartbeat } from './progress.js';
import { CONCURRENCY, LATENCY_MS, QUOTA } from './read-bench.js';
import type { RequestSummary } from './request-log.js';
import type { ApplyResult } from './tasks.js';

/** The emulator's LRO: `InProgress` for 2 polls and at least 2 × 200 ms. */
export const LRO = { steps: 2, stepMs: 200 };
/** Poll as often as the LRO steps, as Retry-After would have a client do; production polls every 2 s. */
export const POLL_INTERVAL_MS = LRO.stepMs;
export const INSTANCES_PER_SUBSCRIPTION = 100;

export interface ApplyMeasurement {
  instances: number;
  subscriptions: number;
  busiestSubscription: number;
  /** One creation alone, each calibration run (writes only, as apply times them). */
  singleMs: number[];
  idealMs: number;
  executeMs: number;
  wallMs: number;
  done: number;
  failed: number;
  firstFailure?: string;
  requests: RequestSummary;
  maxRssMb: number;
  /** CPU the emulator (the suite's process) used during the N-instance apply. */
  emulatorCpuMs: number;
}

export async function measureApply(instances: number, calibrationRuns: number): Promise<ApplyMeasurement> {
  const singleMs: number[] = [];
  for (let run = 1; run <= calibrationRuns; run++) {
    progress(`apply: calibration ${run}/${calibrationRuns} (one instance)`);
    singleMs.push((await applyOnce(1, 1)).result.executeMs);
  }
  const subscriptions = Math.max(1, Math.round(instances / INSTANCES_PER_SUBSCRIPTION));
  const { result, busiest, emulatorCpuMs } = await applyOnce(instances, subscriptions);
  const idealMs = Math.ceil(busiest / CONCURRENCY) * Math.min(...singleMs);
  return {
    instances,
    subscriptions,
    busiestSubscription: busiest,
    singleMs,
    idealMs,
    executeMs: result.executeMs,
    wallMs: result.wallMs,
    done: result.done,
    failed: result.failed,
    ...(result.firstFailure ? { firstFailure: result.firstFailure } : {}),
    requests: result.requests,
    maxRssMb: result.maxRssMb,
    emulatorCpuMs,
  };
}

async function applyOnce(
  instances: number,
  subscriptions: number,
): Promise<{ result: ApplyResult; busiest: number; emulatorCpuMs: number }> {
  const estate = applyEstate(instances, subscriptions, SEED);
  const label = `apply ${instances.toLocaleString('en-US')} instances over ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}`;
  const emulator = await startEmulator({
    snapshot: estate.snapshot,
    latencyMs: LATENCY_MS,
    quota: QUOTA,
    lro: LRO,
  });
  try {
    const child = runInChild<ApplyResult>({
      kind: 'apply',
      emulator: { url: emulator.url, caPem: emulator.caPem },
      subscriptions: Object.keys(estate.snapshot.providers).sort(),
      configText: desiredStateFor(estate.snapshot),
      concurrency: CONCURRENCY,
      pollIntervalMs: POLL_INTERVAL_MS,
    });
    const writes = (): number => [...emulator.stats.armWrites.values()].reduce((a, b) => a + b, 0);
    const { value: result, cpuMs } = await withCpuTime(
      withHeartbeat(child, () => `${label}: ${writes().toLocaleString('en-US')} ARM writes so far`),
    );
    if (instances > 1) progress(`${label}: writes took ${(result.executeMs / 1000).toFixed(1)} s`);
    return { result, busiest: Math.max(...estate.perSubscription.values()), emulatorCpuMs: cpuMs };
  } finally {
    await emulator.close();
  }
}
