/**
 * The benchmark suite: for each estate size, the project's read and the naive read against the emulator,
 * then evaluate + plan from the exported snapshot; then cold starts and the apply row. Every measured
 * piece runs in a child process; this process generates estates, runs the emulator and reports. A
 * measurement that fails (a worker out of memory, say) is recorded as a failure and the suite goes on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { LRO, measureApply, POLL_INTERVAL_MS } from './apply-bench.js';
import { prepareEstate, SEED, SUBSCRIPTIONS } from './estate-workspace.js';
import type { BenchOptions } from './options.js';
import { measurePlan } from './plan-bench.js';
import { progress } from './progress.js';
import { CONCURRENCY, LATENCY_MS, measureRead, QUOTA } from './read-bench.js';
import type { BenchResults, Failure } from './results.js';
import { sourceVersion } from './source-version.js';
import { measureStartup, STARTUP_CASES } from './startup.js';

export async function runSuite(options: BenchOptions): Promise<BenchResults> {
  const results = emptyResults(options);
  const attempt = async <T>(
    what: Failure['what'],
    clusters: number,
    work: () => Promise<T>,
  ): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      progress(`${what} ${clusters.toLocaleString('en-US')}: FAILED: ${message.split('\n')[0]}`);
      results.failures.push({ what, clusters, error: message });
      return undefined;
    }
  };
  const dir = mkdtempSync(join(tmpdir(), 'aksbg-bench-'));
  try {
    const wantsRead = options.sections.includes('read');
    const wantsPlan = options.sections.includes('plan');
    for (const clusters of wantsRead || wantsPlan ? options.sizes : []) {
      progress(
        `estate of ${clusters.toLocaleString('en-US')} clusters over ${SUBSCRIPTIONS} subscriptions: generating`,
      );
      const estate = prepareEstate(clusters, dir);
      results.estates.push({ clusters, resources: estate.snapshot.resources.length, byType: estate.counts });
      if (wantsRead) {
        const project = await attempt('read', clusters, () => measureRead(estate, 'project'));
        if (project) results.reads.push(project);
        const naive = await attempt('naive read', clusters, () => measureRead(estate, 'naive'));
        if (naive) results.reads.push(naive);
      }
      if (wantsPlan) {
        const plan = await attempt('evaluate + plan', clusters, () => measurePlan(estate, options.planRuns));
        if (plan) results.plans.push(plan);
      }
    }
    if (options.sections.includes('apply')) {
      const apply = await attempt('apply', options.applyInstances, () =>
        measureApply(options.applyInstances, options.applyCalibrationRuns),
      );
      if (apply) results.apply = apply;
    }
    if (options.sections.includes('startup')) {
      progress(`start-up: ${STARTUP_CASES.length} commands × ${options.startupRuns} runs`);
      results.machine.loadAverageAtStartup = loadavg();
      results.startup = measureStartup(STARTUP_CASES, options.startupRuns);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.machine.loadAverageEnd = loadavg();
  return results;
}

function emptyResults(options: BenchOptions): BenchResults {
  const loadAverage = loadavg();
  return {
    date: new Date().toISOString(),
    source: sourceVersion(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: totalmem() / 2 ** 30,
      node: process.version,
      platform: platform(),
      loadAverageStart: loadAverage,
      loadAverageEnd: loadAverage,
    },
    settings: {
      quick: options.quick,
      latencyMs: LATENCY_MS,
      quota: QUOTA,
      concurrency: CONCURRENCY,
      subscriptions: SUBSCRIPTIONS,
      seed: SEED,
      startupRuns: options.startupRuns,
      planRuns: options.planRuns,
      lro: LRO,
      pollIntervalMs: POLL_INTERVAL_MS,
    },
    estates: [],
    reads: [],
    plans: [],
    startup: [],
    failures: [],
  };
}
