/**
 * Suite side of the evaluate + plan benchmark: one child process per run, given the exported snapshot
 * and the desired-state file, with a heartbeat while it runs. A run is a few seconds of work in a cold
 * process on a machine others share, and runs minutes apart differ by 15% and more: each size runs
 * several times, and the run with the median total is reported, beside the range of them all.
 */
import { runInChild } from './child.js';
import type { BenchEstate } from './estate-workspace.js';
import { progress, withHeartbeat } from './progress.js';
import { settle } from './settle.js';
import type { PlanMeasurement, PlanRun } from './results.js';
import type { PlanResult } from './tasks.js';

export async function measurePlan(estate: BenchEstate, runs: number): Promise<PlanMeasurement> {
  const label = `evaluate + plan ${estate.clusters.toLocaleString('en-US')}`;
  const results: PlanResult[] = [];
  for (let run = 1; run <= runs; run++) {
    const which = runs > 1 ? ` (run ${run} of ${runs})` : '';
    await settle();
    progress(`${label}${which}: running`);
    const started = performance.now();
    const plan = await withHeartbeat(
      runInChild<PlanResult>({
        kind: 'plan',
        snapshotFile: estate.snapshotFile,
        configFile: estate.configFile,
      }),
      () => `${label}${which}: still running after ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    progress(`${label}${which}: ${(plan.planMs / 1000).toFixed(2)} s, ${plan.maxRssMb.toFixed(0)} MB`);
    results.push(plan);
  }
  const byTotal = [...results].sort((a, b) => a.planMs - b.planMs);
  // The lower median for an even count: a run that happened, not an average of two.
  const median = byTotal[Math.floor((byTotal.length - 1) / 2)]!;
  const all: PlanRun[] = results.map((r) => ({ planMs: r.planMs, maxRssMb: r.maxRssMb }));
  return { ...median, clustersRequested: estate.clusters, runs: all };
}
