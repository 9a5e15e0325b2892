/** The shape of one benchmark run: what `--json` prints and what the table is rendered from. */
import type { ApplyMeasurement } from './apply-bench.js';
import type { ReadMeasurement } from './read-bench.js';
import type { SourceVersion } from './source-version.js';
import type { StartupMeasurement } from './startup.js';
import type { PlanResult } from './tasks.js';

/**
 * The run with the median total of several (its phases are the ones shown), and every run's total and
 * peak RSS, in the order they ran.
 */
export interface PlanMeasurement extends PlanResult {
  clustersRequested: number;
  runs: PlanRun[];
}

export interface PlanRun {
  planMs: number;
  maxRssMb: number;
}

export interface BenchResults {
  date: string;
  source: SourceVersion;
  machine: {
    cores: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1, 5 and 15 minute load averages when the run started and ended. */
    loadAverageStart: number[];
    loadAverageEnd: number[];
    /** When the cold-start runs began: they are the most sensitive to other work on the machine. */
    loadAverageAtStartup?: number[];
  };
  settings: {
    quick: boolean;
    latencyMs: number;
    quota: { limit: number; windowMs: number };
    concurrency: number;
    subscriptions: number;
    seed: number;
    startupRuns: number;
    /** Evaluate + plan runs per size (the median is shown). */
    planRuns: number;
    /** The emulator's long-running operations and the apply client's poll interval. */
    lro: { steps: number; stepMs: number };
    pollIntervalMs: number;
  };
  estates: { clusters: number; resources: number; byType: Record<string, number> }[];
  reads: ReadMeasurement[];
  plans: PlanMeasurement[];
  startup: StartupMeasurement[];
  /** Undefined when the run did not measure apply (not selected, or failed: see failures). */
  apply?: ApplyMeasurement;
  /** Measurements that did not finish (a worker that crashed or ran out of memory), with the reason. */
  failures: Failure[];
}

export interface Failure {
  what: 'read' | 'naive read' | 'evaluate + plan' | 'apply';
  clusters: number;
  error: string;
}
