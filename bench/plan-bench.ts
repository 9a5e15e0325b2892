/**
 * Suite side of the evaluate + plan benchmark: one child process per estate size, given the exported
 * snapshot and the desired-state file, with a heartbeat while it runs.
 */
import { runInChild } from './child.js';
import type { BenchEstate } from './estate-workspace.js';
import { progress, withHeartbeat } from './progress.js';
import type { PlanMeasurement } from './results.js';
import type { PlanResult } from './tasks.js';

export async function measurePlan(estate: BenchEstate): Promise<PlanMeasurement> {
  const label = `evaluate + plan ${estate.clusters.toLocaleString('en-US')}`;
  progress(`${label}: running`);
  const started = performance.now();
  const plan = await withHeartbeat(
    runInChild<PlanResult>({
      kind: 'plan',
      snapshotFile: estate.snapshotFile,
      configFile: estate.configFile,
    }),
    () => `${label}: still running after ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  progress(`${label}: ${(plan.planMs / 1000).toFixed(2)} s`);
  return { ...plan, clustersRequested: estate.clusters };
}
