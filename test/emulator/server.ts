/**
 * The local Azure (DESIGN.md §5): one HTTPS server on 127.0.0.1 serving Entra tokens, ARM reads and
 * Resource Graph over an estate snapshot, with seeded faults, latency and quota on demand.
 * `startEmulator` is what tests, the benchmark and the demo use; main.ts wraps it for the command line.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { OperationStore, type OperationTiming } from './arm/operations.js';
import { readArm } from './arm/routes.js';
import { Timeline } from './arm/timeline.js';
import { WriteSide } from './arm/write-context.js';
import { writeArm } from './arm/writes.js';
import { loadTlsMaterial } from './certs.js';
import { DEFAULT_CLIENTS, EntraEmulator, TEST_TENANT_ID, type EmulatorClient } from './entra.js';
import { FaultInjector, NO_FAULTS, parseFaultSpec, type FaultRates, type RequestFault } from './faults.js';
import { GraphResultCache, queryGraph } from './graph/endpoint.js';
import { DEFAULT_QUOTA, UserQuota, formatResetsAfter, type QuotaConfig } from './graph/quota.js';
import { cloudError, readBody, send, sleep, type Reply } from './http.js';
import { EmulatorState } from './state.js';
import { EmulatorStats } from './stats.js';

export interface EmulatorOptions {
  snapshot: EstateSnapshot;
  /** 0 (default) picks a free port. */
  port?: number;
  /** A spec such as `0.2` or `429:0.1,reset:0.05,lag:0.1` (faults.ts), or parsed rates. */
  faults?: string | FaultRates;
  /** Added to every response. */
  latencyMs?: number;
  seed?: number;
  /** ARM list page size (default 100); small values exercise `nextLink` paging. */
  armPageSize?: number;
  /** Upper bound on Resource Graph rows per page whatever `$top` says (default 1000). */
  graphMaxPageSize?: number;
  /** Resource Graph user quota (default 15 per 5 s, ARGTHR). */
  quota?: QuotaConfig;
  /** Whether quota 429s carry Retry-After; ARG does not document it (AZURE-FACTS.md §5.4). Default false. */
  quotaRetryAfter?: boolean;
  /** Retry-After seconds on injected `429` faults (default 1). */
  retryAfterSeconds?: number;
  /** Delay of the `slow` fault (default 250 ms). */
  slowMs?: number;
  /** How late a lagging write reaches Resource Graph (default 30 s). */
  graphLagMs?: number;
  /** Management group -> subscription ids, for `managementGroups` scopes. */
  managementGroups?: Record<string, string[]>;
  tenantId?: string;
  clients?: EmulatorClient[];
  /** Show extension property keys in PascalCase in Resource Graph, as some tenants see them. */
  pascalCaseExtensionKeys?: boolean;
  /**
   * Long-running operations: `InProgress` for at least `steps` status polls (default 2) and
   * `steps * stepMs` of wall time (default 20 ms per step); `pollRetryAfterSeconds` adds Retry-After to
   * status polls (default none, so clients poll at their own interval).
   */
  lro?: Partial<OperationTiming>;
  /** Readiness checks a new role assignment fails before it counts (role propagation; default 0). */
  propagationChecks?: number;
  /** Refuse backup of clusters whose extension is not `Succeeded` (default false; see backup-readiness.ts). */
  requireHealthyExtension?: boolean;
  /** How long a new backup instance stays `ConfiguringProtection` after its PUT completed (default 0). */
  protectionDelayMs?: number;
  /** Retry-After seconds on the first response of a long-running write (default 60, as the examples). */
  initialRetryAfterSeconds?: number;
  /** Monitor headers of a backup-instance PUT (default `both`; see write-context.ts). */
  instanceMonitors?: 'both' | 'location' | 'none';
}

export interface Emulator {
  /** `https://127.0.0.1:PORT` */
  url: string;
  caPem: string;
  tenantId: string;
  stats: EmulatorStats;
  state: EmulatorState;
  faults: FaultInjector;
  /** Bodies of every Resource Graph request received, for contract checks (bounded). */
  graphRequests: unknown[];
  /** The write-side hook: upserts a document, late in Resource Graph when the `lag` fault fires. */
  write(doc: EstateSnapshot['resources'][number]): void;
  /** Deletes a document, late in Resource Graph when the `lag` fault fires. */
  remove(id: string): void;
  /** ARM writes: request-body violations, the write log, scripted PrincipalNotFound and LRO failures. */
  writes: WriteSide;
  operations: OperationStore;
  /** Changes Azure makes on its own after a write (registration finishing, protection configured). */
  timeline: Timeline;
  /** Ends every running operation and pending change now, as if enough time had passed. */
  settleAll(): void;
  close(): Promise<void>;
}

const GRAPH_PATH = '/providers/microsoft.resourcegraph/resources';
const MAX_RECORDED_REQUESTS = 2000;

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const tls = loadTlsMaterial();
  const tenantId = (options.tenantId ?? TEST_TENANT_ID).toLowerCase();
  const state = new EmulatorState(options.snapshot, options.managementGroups);
  const rates =
    typeof options.faults === 'string' ? parseFaultSpec(options.faults) : (options.faults ?? NO_FAULTS);
  const faults = new FaultInjector(rates, options.seed ?? 1);
  const entra = new EntraEmulator(tenantId, options.clients ?? DEFAULT_CLIENTS);
  const quota = new UserQuota(options.quota ?? DEFAULT_QUOTA);
  const stats = new EmulatorStats();
  const graphRequests: unknown[] = [];
  const graphCache = new GraphResultCache();
  const settings = {
    latencyMs: options.latencyMs ?? 0,
    armPageSize: options.armPageSize ?? 100,
    graphMaxPageSize: options.graphMaxPageSize ?? 1000,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
    slowMs: options.slowMs ?? 250,
    graphLagMs: options.graphLagMs ?? 30_000,
    quotaRetryAfter: options.quotaRetryAfter ?? false,
    pascalCaseExtensionKeys: options.pascalCaseExtensionKeys ?? false,
  };
  let origin = '';
  const lagFor = (id: string): number =>
    faults.lagsWrite(`${id.toLowerCase()}@${Date.now()}`) ? settings.graphLagMs : 0;
  const upsert = (doc: EstateSnapshot['resources'][number]): void =>
    state.write(doc, { graphLagMs: lagFor(doc.id) });
  const remove = (id: string): void => {
    state.delete(id, { graphLagMs: lagFor(id) });
  };
  const operations = new OperationStore(() => origin, {
    steps: options.lro?.steps ?? 2,
    stepMs: options.lro?.stepMs ?? 20,
    ...(options.lro?.pollRetryAfterSeconds !== undefined
      ? { pollRetryAfterSeconds: options.lro.pollRetryAfterSeconds }
      : {}),
  });
  const timeline = new Timeline();
  const writes = new WriteSide(
    state,
    operations,
    timeline,
    {
      propagationChecks: options.propagationChecks ?? 0,
      requireHealthyExtension: options.requireHealthyExtension ?? false,
      protectionDelayMs: options.protectionDelayMs ?? 0,
      initialRetryAfterSeconds: options.initialRetryAfterSeconds ?? 60,
      instanceMonitors: options.instanceMonitors ?? 'both',
    },
    tenantId,
    upsert,
    remove,
    (identity) => faults.failsOperation(identity),
  );
  const settle = (): void => {
    const now = Date.now();
    operations.settle(now);
    timeline.settle(now);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', origin);
    const method = req.method ?? 'GET';
    const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readBody(req) : '';
    await sleep(settings.latencyMs);
    settle();

    const identity = entra.handle(method, url.pathname, origin, body);
    if (identity !== undefined) {
      if (url.pathname.toLowerCase().endsWith('/token')) stats.tokenRequests++;
      send(res, identity);
      return;
    }

    const principal = entra.authenticate(req.headers.authorization);
    if (principal === undefined) {
      stats.unauthorized++;
      const missing = req.headers.authorization === undefined;
      send(res, {
        ...(missing
          ? cloudError(
              401,
              'AuthenticationFailed',
              "Authentication failed. The 'Authorization' header is missing.",
            )
          : cloudError(401, 'InvalidAuthenticationToken', 'The access token is invalid.')),
        headers: {
          'www-authenticate': `Bearer authorization_uri="${origin}/${tenantId}", error="invalid_token", error_description="The authentication failed"`,
        },
      });
      return;
    }
    if (!url.searchParams.has('api-version')) {
      send(
        res,
        cloudError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        ),
      );
      return;
    }

    const isGraph = method === 'POST' && url.pathname.toLowerCase() === GRAPH_PATH;
    const target = isGraph ? 'graph' : 'arm';
    const fault = faults.decide(target, `${method} ${url.pathname.toLowerCase()}${url.search} ${hash(body)}`);
    if (fault !== undefined) {
      stats.fault(fault);
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault === 'slow') await sleep(settings.slowMs);
      else {
        send(res, faultReply(fault, isGraph, method, settings.retryAfterSeconds));
        return;
      }
    }

    if (isGraph) {
      stats.graphRequests++;
      if (graphRequests.length < MAX_RECORDED_REQUESTS) graphRequests.push(safeJson(body));
      const decision = quota.take(principal.clientId);
      const quotaHeaders = {
        'x-ms-user-quota-remaining': String(decision.remaining),
        'x-ms-user-quota-resets-after': formatResetsAfter(decision.resetsAfterMs),
      };
      if (!decision.allowed) {
        stats.graphRateLimited++;
        const retryAfter: Record<string, string> = settings.quotaRetryAfter
          ? { 'retry-after': String(Math.ceil(decision.resetsAfterMs / 1000)) }
          : {};
        send(res, {
          ...cloudError(
            429,
            'RateLimiting',
            `Client application has been throttled and should not attempt to repeat the request until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.`,
          ),
          headers: { ...quotaHeaders, ...retryAfter },
        });
        return;
      }
      const result = queryGraph(
        state,
        body,
        {
          tenantId,
          maxPageSize: settings.graphMaxPageSize,
          pascalCaseExtensionKeys: settings.pascalCaseExtensionKeys,
        },
        graphCache,
      );
      if (result.page) stats.graphPage(result.page.query, result.page.rows);
      send(res, { ...result.reply, headers: { ...result.reply.headers, ...quotaHeaders } });
      return;
    }
    if (/charset/i.test(req.headers.accept ?? '')) {
      // ARM answers an Accept header carrying a charset with an empty 406 (AZURE-FACTS.md §4.10 item 7),
      // which hides the real error of a bad write too (TF #33194, #26911).
      if (method === 'GET') stats.armRead('rejected:accept');
      else stats.armWrite('rejected:accept');
      res.writeHead(406, { 'content-length': 0 });
      res.end();
      return;
    }
    if (method === 'PUT' || method === 'PATCH' || method === 'POST' || method === 'DELETE') {
      const request = {
        method,
        path: url.pathname.replace(/\/+$/, ''),
        apiVersion: url.searchParams.get('api-version') ?? '',
      };
      const written = writeArm(writes, request, body);
      stats.armWrite(written.kind);
      send(res, written.reply);
      writes.record({
        at: Date.now(),
        method,
        path: request.path,
        status: written.reply.status,
        kind: written.kind,
      });
      return;
    }
    if (method !== 'GET') {
      send(
        res,
        cloudError(405, 'MethodNotAllowed', `The emulator does not serve ${method} ${url.pathname}.`),
      );
      return;
    }
    const monitor = operations.poll(url.pathname);
    if (monitor !== undefined) {
      stats.armRead('get:operation');
      send(res, monitor);
      return;
    }
    const read = readArm(state, url, { pageSize: settings.armPageSize, origin });
    stats.armRead(read.kind);
    send(res, read.reply);
  };

  const server: Server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    stats.requestStarted();
    res.once('close', () => stats.requestEnded());
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, cloudError(500, 'EmulatorError', (error as Error).message));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    caPem: tls.caPem,
    tenantId,
    stats,
    state,
    faults,
    graphRequests,
    write: upsert,
    remove,
    writes,
    operations,
    timeline,
    settleAll() {
      operations.finishAll();
      timeline.finishAll();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function faultReply(
  fault: Exclude<RequestFault, 'reset' | 'slow'>,
  isGraph: boolean,
  method: string,
  retryAfterSeconds: number,
): Reply {
  const bucket = method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : 'write';
  switch (fault) {
    case '429':
    case '429-no-retry-after': {
      const reply = isGraph
        ? cloudError(
            429,
            'RateLimiting',
            'Client application has been throttled and should not attempt to repeat the request until an amount of time has elapsed.',
          )
        : cloudError(
            429,
            'SubscriptionRequestsThrottled',
            `Number of '${bucket}' requests for subscription exceeded. Please try again after some time.`,
          );
      return fault === '429' ? { ...reply, headers: { 'retry-after': String(retryAfterSeconds) } } : reply;
    }
    case '500':
      return cloudError(
        500,
        'InternalServerError',
        'Encountered internal server error. Diagnostic information: emulator fault.',
      );
    case '503':
      return cloudError(
        503,
        'ServiceUnavailable',
        'The service is temporarily unavailable (emulator fault).',
      );
  }
}

function hash(text: string): string {
  return text === '' ? '' : createHash('sha1').update(text).digest('hex').slice(0, 12);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export type { EmulatorClient, RequestFault };
