/**
 * Records every HTTP request a worker makes, through Node's `http.client.request.start` diagnostics
 * channel: the Azure SDK's Node transport goes through node:https, so nothing in src/ has to know it is
 * being watched. Used to count what a read cost from the client's side and to replay it through ARM's
 * token buckets (arm-buckets.ts), which the emulator does not enforce, and to time the read's phases.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { ARM_WRITE_BUCKET, replayBuckets, type BucketReplay, type TimedRequest } from './arm-buckets.js';

const STARTED = 'http.client.request.start';
const FINISHED = 'http.client.response.finish';

/** From the first request's start to the last response's end, for one class of request. */
export interface Span {
  firstStartMs: number;
  lastEndMs: number;
}

export interface RequestSummary {
  /** Entra discovery and token requests. */
  identity: number;
  /** Resource Graph POSTs, including any answered 429. */
  graph: number;
  /** ARM requests (each page of a list and each LRO poll counts), of which writes. */
  arm: number;
  armWrites: number;
  /** ARM's per-subscription read buckets (ARM calls) and the tenant bucket (Resource Graph). */
  subscriptionBuckets: BucketReplay;
  /** ARM's per-subscription write buckets (PUT, PATCH, POST, DELETE). */
  writeBuckets: BucketReplay;
  tenantBucket: BucketReplay;
  /** When each class of request was active, relative to the log's start: the read's phases. */
  graphSpan?: Span;
  armSpan?: Span;
}

type RequestClass = 'identity' | 'graph' | 'arm';

function classify(path: string): RequestClass {
  if (path.includes('/oauth2/') || path.includes('/.well-known/')) return 'identity';
  return path.startsWith('/providers/microsoft.resourcegraph/') ? 'graph' : 'arm';
}

export interface RequestLog {
  stop(): RequestSummary;
}

export function startRequestLog(clock: () => number = () => performance.now()): RequestLog {
  const origin = clock();
  let identity = 0;
  const readTimes: TimedRequest[] = [];
  const writeTimes: TimedRequest[] = [];
  const graphTimes: TimedRequest[] = [];
  const spans: Partial<Record<RequestClass, Span>> = {};
  // Resource Graph requests made once ARM reads began (the vault counts, read last) are not part of the
  // Resource Graph phase: counted, not spanned, or the phase would stretch over the whole read.
  const lateGraph = new WeakSet<object>();
  const pathOf = (message: unknown): string =>
    ((message as { request: ClientRequest }).request.path ?? '').toLowerCase();
  const onStart = (message: unknown): void => {
    const path = pathOf(message);
    const method = (message as { request: ClientRequest }).request.method ?? 'GET';
    const atMs = clock() - origin;
    const kind = classify(path);
    if (kind === 'graph' && spans.arm) lateGraph.add((message as { request: ClientRequest }).request);
    else spans[kind] ??= { firstStartMs: atMs, lastEndMs: atMs };
    if (kind === 'identity') identity++;
    else if (kind === 'graph') graphTimes.push({ atMs, bucket: 'tenant' });
    else {
      const request = { atMs, bucket: /^\/subscriptions\/([^/?]+)/.exec(path)?.[1] ?? 'tenant' };
      (method === 'GET' ? readTimes : writeTimes).push(request);
    }
  };
  const onFinish = (message: unknown): void => {
    if (lateGraph.has((message as { request: ClientRequest }).request)) return;
    const span = spans[classify(pathOf(message))];
    if (span) span.lastEndMs = clock() - origin;
  };
  subscribe(STARTED, onStart);
  subscribe(FINISHED, onFinish);
  return {
    stop() {
      unsubscribe(STARTED, onStart);
      unsubscribe(FINISHED, onFinish);
      return {
        identity,
        graph: graphTimes.length,
        arm: readTimes.length + writeTimes.length,
        armWrites: writeTimes.length,
        subscriptionBuckets: replayBuckets(readTimes),
        writeBuckets: replayBuckets(writeTimes, ARM_WRITE_BUCKET),
        tenantBucket: replayBuckets(graphTimes),
        ...(spans.graph ? { graphSpan: spans.graph } : {}),
        ...(spans.arm ? { armSpan: spans.arm } : {}),
      };
    },
  };
}
