/**
 * The fastest any reader could fetch what a read fetched, given the emulator's latency, Resource Graph's
 * quota and the concurrency bound — the yardstick the read target is set against (issue 9).
 *  - Resource Graph: pages go one after another (ARG advises against parallel small queries, ARGTHR);
 *    with a quota of `limit` queries per `windowMs`, p pages need ⌈p/limit⌉ − 1 full windows, then the
 *    pages of the last window at one latency each. This is stricter than p/limit × windowMs, which at
 *    small p would credit the read with quota waits it never has to make.
 *  - ARM: each phase of the read (bindings, then recovery points, then providers) is a batch of
 *    independent calls, `concurrency` at a time, one latency per round.
 *  - Late Resource Graph pages (the vault counts, asked after the ARM reads so the quota window has reset
 *    by then): one latency each.
 *  - Sign-in: its requests, one after another.
 * CPU time on either side is not in the floor: the ratio to it shows what the client and emulator add.
 */
export interface FloorInputs {
  latencyMs: number;
  quota: { limit: number; windowMs: number };
  concurrency: number;
  identityRequests: number;
  graphPages: number;
  /** Of graphPages, those asked after the ARM reads (read-estate.ts asks the vault counts last). */
  lateGraphPages?: number;
  /** ARM calls per sequential phase. */
  armPhases: readonly number[];
}

export interface Floor {
  identityMs: number;
  graphMs: number;
  armMs: number;
  /** Sign-in, then Resource Graph, then ARM: the order the reader works in. */
  totalMs: number;
  /** If the ARM reads ran during Resource Graph's quota waits instead of after them. */
  overlappedMs: number;
}

export function graphFloorMs(pages: number, latencyMs: number, quota: FloorInputs['quota']): number {
  if (pages <= 0) return 0;
  const windows = Math.ceil(pages / quota.limit);
  const lastWindowPages = pages - (windows - 1) * quota.limit;
  return (windows - 1) * quota.windowMs + lastWindowPages * latencyMs;
}

export function computeFloor(inputs: FloorInputs): Floor {
  const identityMs = inputs.identityRequests * inputs.latencyMs;
  const late = inputs.lateGraphPages ?? 0;
  const graphMs =
    graphFloorMs(inputs.graphPages - late, inputs.latencyMs, inputs.quota) + late * inputs.latencyMs;
  const armMs = inputs.armPhases.reduce(
    (total, calls) => total + Math.ceil(calls / inputs.concurrency) * inputs.latencyMs,
    0,
  );
  return {
    identityMs,
    graphMs,
    armMs,
    totalMs: identityMs + graphMs + armMs,
    overlappedMs: identityMs + Math.max(graphMs, armMs),
  };
}
