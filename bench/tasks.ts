/**
 * What the suite asks a worker process to do, and what comes back. Each measured read and plan runs in a
 * child process of its own so that its peak RSS is its own, not the suite's or the emulator's.
 */
import type { RecoveryPointReads } from '../src/azure/read-estate.js';
import type { RequestSummary } from './request-log.js';

/** The argument that makes bench/run.ts a worker instead of the suite. */
export const WORKER_FLAG = '--worker';

/** How a child reaches the emulator the parent runs. */
export interface EmulatorAddress {
  url: string;
  caPem: string;
}

/** The project's reader: Resource Graph pages plus the ARM reads Resource Graph cannot answer. */
export interface ReadTask {
  kind: 'read';
  emulator: EmulatorAddress;
  subscriptions: string[];
  capturedAt: string;
  concurrency: number;
  recoveryPoints: RecoveryPointReads;
}

/** A per-resource tool's refresh: one ARM GET per known resource id, as `terraform plan` does. */
export interface NaiveReadTask {
  kind: 'naive-read';
  emulator: EmulatorAddress;
  concurrency: number;
  /** Ids by kind, as a Terraform state would hold them. */
  ids: Record<NaiveKind, string[]>;
}

export type NaiveKind = 'cluster' | 'extension' | 'binding' | 'instance' | 'policy';

/** Desired state against a snapshot file: the work of `plan --estate`, phase by phase. */
export interface PlanTask {
  kind: 'plan';
  snapshotFile: string;
  configFile: string;
}

/** apply against the emulator's write side: read, plan, approve (automatically), execute. */
export interface ApplyTask {
  kind: 'apply';
  emulator: EmulatorAddress;
  subscriptions: string[];
  configText: string;
  concurrency: number;
  /** Between LRO polls when Azure sends no Retry-After. */
  pollIntervalMs: number;
}

export type WorkerTask = ReadTask | NaiveReadTask | PlanTask | ApplyTask;

export interface ReadResult {
  wallMs: number;
  resources: number;
  requests: RequestSummary;
  maxRssMb: number;
}

export interface PlanPhases {
  /** Reading and parsing the snapshot file, without the estate builder's work that runs inside it. */
  loadSnapshotMs: number;
  loadConfigMs: number;
  buildEstateMs: number;
  catalogueMs: number;
  diffMs: number;
  /** The estate digest a saved plan carries (`plan --plan-file`, `apply`), not part of the total. */
  digestMs: number;
  subjectsMs: number;
  rulesMs: number;
  reportMs: number;
}

export interface PlanResult {
  phases: PlanPhases;
  /** Everything after the snapshot is in memory: config, estate, diff, subjects, rules, report. */
  planMs: number;
  clusters: number;
  changes: number;
  subjects: number;
  findings: number;
  /**
   * High-water RSS once the snapshot was read into the estate, once the plan was computed, and at the
   * end: RSS only ever rises, so each step up is what that stage added to the peak.
   */
  rssAfterLoadMb: number;
  rssAfterDiffMb: number;
  maxRssMb: number;
}

export interface ApplyResult {
  /** From the first request to the outcome: read, plan and writes. */
  wallMs: number;
  /** The writes alone, as apply times them (executeChanges). */
  executeMs: number;
  changes: number;
  done: number;
  failed: number;
  /** The first failure's note, when there is one. */
  firstFailure?: string;
  requests: RequestSummary;
  maxRssMb: number;
}

export type WorkerResult = ReadResult | PlanResult | ApplyResult;

/** The message a worker sends back. */
export type WorkerReply = { ok: true; result: WorkerResult } | { ok: false; error: string };

export function maxRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
