/**
 * Suite side of the read benchmark: a fresh emulator per read (so no read inherits another's quota
 * window), realistic latency and Resource Graph's default quota, the reader in a child process, progress
 * while it runs, and the emulator's own counters as the record of what was asked.
 */
import { estateReadOptions } from '../src/commands/estate-source.js';
import { DEFAULT_QUOTA } from '../test/emulator/graph/quota.js';
import { startEmulator, type Emulator } from '../test/emulator/server.js';
import { runInChild } from './child.js';
import type { BenchEstate } from './estate-workspace.js';
import { computeFloor, type Floor } from './floor.js';
import { naiveIds } from './naive-reader.js';
import { progress, withCpuTime, withHeartbeat } from './progress.js';
import type { RequestSummary } from './request-log.js';
import type { ReadResult } from './tasks.js';
import { VAULT_COUNTS_QUERY } from '../src/azure/resource-families.js';

/** Every ARM and Resource Graph response is this late (issue 9: "e.g. 40 ms"). */
export const LATENCY_MS = 40;
/** Requests in flight: the CLI's default `concurrency`, and ArmReader's (ARM advises 4-8, §6.1). */
export const CONCURRENCY = 8;
export const QUOTA = DEFAULT_QUOTA;

export type Reader = 'project' | 'naive';

export interface ReadMeasurement {
  reader: Reader;
  clusters: number;
  wallMs: number;
  graphPages: number;
  /** Quota 429s the emulator answered (the pacer should make this 0). */
  graphRateLimited: number;
  armCalls: number;
  armByKind: Record<string, number>;
  /** Resource Graph requests plus ARM calls; sign-in excluded. */
  calls: number;
  maxInFlight: number;
  maxRssMb: number;
  /** CPU the emulator (the suite's process) used during the read. */
  emulatorCpuMs: number;
  floor: Floor;
  requests: RequestSummary;
}

export async function measureRead(estate: BenchEstate, reader: Reader): Promise<ReadMeasurement> {
  const label = `read ${estate.clusters.toLocaleString('en-US')} (${reader})`;
  progress(`${label}: starting the emulator`);
  const emulator = await startEmulator({ snapshot: estate.snapshot, latencyMs: LATENCY_MS, quota: QUOTA });
  try {
    const address = { url: emulator.url, caPem: emulator.caPem };
    const child = runInChild<ReadResult>(
      reader === 'project'
        ? {
            kind: 'read',
            emulator: address,
            subscriptions: estate.subscriptions,
            capturedAt: estate.snapshot.capturedAt,
            concurrency: CONCURRENCY,
            // Exactly what `plan` reads (src/commands/estate-source.ts).
            recoveryPoints: estateReadOptions('plan').recoveryPoints ?? 'all',
          }
        : {
            kind: 'naive-read',
            emulator: address,
            concurrency: CONCURRENCY,
            ids: naiveIds(estate.snapshot.resources),
          },
    );
    const { value: result, cpuMs } = await withCpuTime(
      withHeartbeat(child, () => `${label}: ${describeStats(emulator)}`),
    );
    const armByKind = Object.fromEntries(emulator.stats.armByKind);
    const armCalls = emulator.stats.armReads;
    const measurement: ReadMeasurement = {
      reader,
      clusters: estate.clusters,
      wallMs: result.wallMs,
      graphPages: emulator.stats.graphPages,
      graphRateLimited: emulator.stats.graphRateLimited,
      armCalls,
      armByKind,
      calls: emulator.stats.graphRequests + armCalls,
      maxInFlight: emulator.stats.maxInFlight,
      maxRssMb: result.maxRssMb,
      emulatorCpuMs: cpuMs,
      floor: computeFloor({
        latencyMs: LATENCY_MS,
        quota: QUOTA,
        concurrency: CONCURRENCY,
        identityRequests: result.requests.identity,
        graphPages: emulator.stats.graphPages,
        lateGraphPages: emulator.stats.graphByQuery.get(VAULT_COUNTS_QUERY)?.pages ?? 0,
        // readEstate reads each ARM kind as one batch after the other; the naive reader has one queue.
        armPhases: reader === 'project' ? Object.values(armByKind) : [armCalls],
      }),
      requests: result.requests,
    };
    progress(`${label}: done in ${(result.wallMs / 1000).toFixed(1)} s, ${describeStats(emulator)}`);
    return measurement;
  } finally {
    await emulator.close();
  }
}

function describeStats(emulator: Emulator): string {
  const s = emulator.stats;
  return `${s.graphPages} Resource Graph pages, ${s.armReads.toLocaleString('en-US')} ARM calls`;
}
