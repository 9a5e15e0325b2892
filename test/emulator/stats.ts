/**
 * Request counters, so tests can assert what a read cost: Resource Graph pages per query, ARM reads per
 * resource kind (`get:managedclusters`, `list:trustedaccessrolebindings`, `get:provider`), tokens issued.
 */
import type { FaultKind } from './faults.js';

export interface QueryCost {
  pages: number;
  rows: number;
}

export class EmulatorStats {
  tokenRequests = 0;
  unauthorized = 0;
  /** Resource Graph requests that reached the quota check (faulted ones excluded). */
  graphRequests = 0;
  /** Resource Graph pages served (200 responses). */
  graphPages = 0;
  /** Quota 429s. */
  graphRateLimited = 0;
  readonly graphByQuery = new Map<string, QueryCost>();
  /** Authorised ARM GETs by kind, including those answered with an error. */
  readonly armByKind = new Map<string, number>();
  /** Authorised ARM writes by kind (`put:backupinstances`, `post:validateforbackup`, …), errors included. */
  readonly armWrites = new Map<string, number>();
  readonly faults = new Map<FaultKind, number>();
  /** Requests being handled now, and the most at once: how a client's concurrency bound shows. */
  inFlight = 0;
  maxInFlight = 0;

  requestStarted(): void {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
  }

  requestEnded(): void {
    this.inFlight--;
  }

  graphPage(query: string, rows: number): void {
    this.graphPages++;
    const cost = this.graphByQuery.get(query) ?? { pages: 0, rows: 0 };
    cost.pages++;
    cost.rows += rows;
    this.graphByQuery.set(query, cost);
  }

  armRead(kind: string): void {
    this.armByKind.set(kind, (this.armByKind.get(kind) ?? 0) + 1);
  }

  armWrite(kind: string): void {
    this.armWrites.set(kind, (this.armWrites.get(kind) ?? 0) + 1);
  }

  fault(kind: FaultKind): void {
    this.faults.set(kind, (this.faults.get(kind) ?? 0) + 1);
  }

  get armReads(): number {
    let total = 0;
    for (const count of this.armByKind.values()) total += count;
    return total;
  }

  get faultCount(): number {
    let total = 0;
    for (const count of this.faults.values()) total += count;
    return total;
  }

  /** A plain-object view for logs and assertions. */
  toJSON(): Record<string, unknown> {
    return {
      tokenRequests: this.tokenRequests,
      unauthorized: this.unauthorized,
      graphRequests: this.graphRequests,
      graphPages: this.graphPages,
      graphRateLimited: this.graphRateLimited,
      armReads: Object.fromEntries(this.armByKind),
      armWrites: Object.fromEntries(this.armWrites),
      faults: Object.fromEntries(this.faults),
    };
  }

  reset(): void {
    this.tokenRequests = 0;
    this.unauthorized = 0;
    this.graphRequests = 0;
    this.graphPages = 0;
    this.graphRateLimited = 0;
    this.graphByQuery.clear();
    this.armByKind.clear();
    this.armWrites.clear();
    this.faults.clear();
    this.maxInFlight = this.inFlight;
  }
}
