/**
 * Long-running operations of the emulated resource providers: the monitors behind the
 * `Azure-AsyncOperation` and `Location` headers a write returns, and the state machine behind them
 * (AZURE-FACTS.md §6.4 "Emulator script", §4.3, ARMASYNC).
 *
 *  - The status monitor (Azure-AsyncOperation) answers 200 `OperationResource`
 *    `{id, name, status, startTime[, endTime, error]}` with `status` `InProgress` for at least `steps`
 *    polls and until the operation's time is up, then `Succeeded` or `Failed` (+ `error{code,message}`).
 *    Only `InProgress|Succeeded|Failed|Canceled` are ever emitted (§6.4 item 2).
 *  - The result monitor (Location) answers 202 while running, then the operation's result (a 200 body
 *    such as `OperationJobExtendedInfo`, or 204), or on failure the error with its HTTP status.
 *  - What the operation does to the resources (`complete`) happens when its time is up, whether or not
 *    anybody polls: an apply killed half-way still leaves Azure's work done, as it would in Azure.
 *
 * Monitor URLs are absolute and on the emulator's own host, so clients must follow them verbatim
 * (AZURE-FACTS.md §6.2, Traps 9).
 */
import { randomUUID } from 'node:crypto';
import { cloudError, type Reply } from '../http.js';

export interface OperationFailure {
  /** HTTP status the result monitor answers with (400 for user errors, 500 for service faults). */
  httpStatus: number;
  code: string;
  message: string;
}

export interface OperationSpec {
  /** Path of the status monitor, without query: `{vault}/operationStatus/{id}`. `{id}` is replaced. */
  statusPath: string;
  /** Path of the result monitor, or undefined when the write returns no Location header. */
  resultPath?: string;
  apiVersion: string;
  /** Decided when the write arrives: the operation will fail with this, or succeed. */
  failure?: OperationFailure;
  /** Extra fields of a successful status body (e.g. `properties: OperationJobExtendedInfo`). */
  statusProperties?: unknown;
  /** What the result monitor answers once the operation succeeded (default 204); read when polled. */
  result?: () => Reply;
  /** Applied once, when the operation ends; receives whether it succeeded. */
  complete?: (succeeded: boolean) => void;
}

export interface OperationTiming {
  /** Status polls answered `InProgress` at least (default 2). */
  steps: number;
  /** Wall time of one step; an operation lasts `steps * stepMs` at least (default 20 ms). */
  stepMs: number;
  /** Retry-After (seconds) on status polls; undefined sends none, so clients poll at their own pace. */
  pollRetryAfterSeconds?: number;
}

interface Operation {
  id: string;
  spec: OperationSpec;
  startedAt: number;
  endsAt: number;
  polls: number;
  ended: boolean;
}

export interface StartedOperation {
  id: string;
  /** Absolute URLs for the `Azure-AsyncOperation` and `Location` headers. */
  asyncOperationUrl: string;
  locationUrl?: string;
}

export class OperationStore {
  private readonly operations = new Map<string, Operation>();
  /** Lower-cased monitor path -> operation id and which monitor it is. */
  private readonly monitors = new Map<string, { id: string; role: 'status' | 'result' }>();
  started = 0;

  constructor(
    private readonly origin: () => string,
    readonly timing: OperationTiming,
  ) {}

  start(spec: OperationSpec, now = Date.now()): StartedOperation {
    // Real operation ids are opaque base64 of two GUIDs (GetOperationStatus.json); base64url keeps
    // them free of characters a client might re-encode.
    const id = Buffer.from(`${randomUUID()};${randomUUID()}`).toString('base64url');
    const statusPath = spec.statusPath.replace('{id}', id);
    const resultPath = spec.resultPath?.replace('{id}', id);
    this.operations.set(id, {
      id,
      spec: { ...spec, statusPath, ...(resultPath ? { resultPath } : {}) },
      startedAt: now,
      endsAt: now + this.timing.steps * this.timing.stepMs,
      polls: 0,
      ended: false,
    });
    this.monitors.set(statusPath.toLowerCase(), { id, role: 'status' });
    if (resultPath) this.monitors.set(resultPath.toLowerCase(), { id, role: 'result' });
    this.started++;
    const query = `?api-version=${encodeURIComponent(spec.apiVersion)}`;
    return {
      id,
      asyncOperationUrl: `${this.origin()}${statusPath}${query}`,
      ...(resultPath ? { locationUrl: `${this.origin()}${resultPath}${query}` } : {}),
    };
  }

  /** Ends every operation whose time is up, applying its effects. Called before each request. */
  settle(now = Date.now()): void {
    for (const operation of this.operations.values()) {
      if (!operation.ended && now >= operation.endsAt) this.end(operation);
    }
  }

  /** Ends every operation now (a test that does not want to wait). */
  finishAll(): void {
    for (const operation of this.operations.values()) if (!operation.ended) this.end(operation);
  }

  get running(): number {
    let count = 0;
    for (const operation of this.operations.values()) if (!operation.ended) count++;
    return count;
  }

  /** The reply for a GET of a monitor URL, or undefined when the path is not a monitor. */
  poll(path: string): Reply | undefined {
    const monitor = this.monitors.get(path.toLowerCase().replace(/\/+$/, ''));
    if (monitor === undefined) return undefined;
    const operation = this.operations.get(monitor.id)!;
    operation.polls++;
    const running = !operation.ended || operation.polls <= this.timing.steps;
    return monitor.role === 'status'
      ? this.statusReply(operation, running)
      : this.resultReply(operation, running);
  }

  private end(operation: Operation): void {
    operation.ended = true;
    operation.spec.complete?.(operation.spec.failure === undefined);
  }

  private statusReply(operation: Operation, running: boolean): Reply {
    const { spec } = operation;
    const base = {
      id: spec.statusPath,
      name: operation.id,
      startTime: new Date(operation.startedAt).toISOString(),
    };
    const retryAfter: Record<string, string> =
      this.timing.pollRetryAfterSeconds === undefined
        ? {}
        : { 'retry-after': String(this.timing.pollRetryAfterSeconds) };
    if (running) return { status: 200, body: { ...base, status: 'InProgress' }, headers: retryAfter };
    const endTime = new Date(operation.endsAt).toISOString();
    if (spec.failure) {
      return {
        status: 200,
        body: {
          ...base,
          endTime,
          status: 'Failed',
          error: { code: spec.failure.code, message: spec.failure.message },
        },
      };
    }
    return {
      status: 200,
      body: {
        ...base,
        endTime,
        status: 'Succeeded',
        ...(spec.statusProperties !== undefined ? { properties: spec.statusProperties } : {}),
      },
    };
  }

  private resultReply(operation: Operation, running: boolean): Reply {
    const { spec } = operation;
    if (running) {
      return {
        status: 202,
        headers: { location: `${this.origin()}${spec.resultPath}?api-version=${spec.apiVersion}` },
      };
    }
    if (spec.failure) return cloudError(spec.failure.httpStatus, spec.failure.code, spec.failure.message);
    return spec.result?.() ?? { status: 204 };
  }
}
