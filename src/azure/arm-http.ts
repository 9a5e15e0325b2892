/**
 * The one HTTP path of every ARM write and of the reads that verify them, on @azure-rest/core-client, so
 * auth, the SDK's own retries and TLS are Microsoft's (DESIGN.md §4). On top of the SDK it adds:
 *  - `Accept: application/json` without a charset, which ARM answers with an empty 406 (§4.10 item 7);
 *  - bounded retries of what the SDK gives up on or never retries — a 429 without Retry-After, 5xx after
 *    its own attempts, dropped connections (AZURE-FACTS.md §6.3) — with backoff, or as long as the server
 *    said;
 *  - URLs Azure hands out (Azure-AsyncOperation, Location, nextLink) followed verbatim, host included
 *    (§6.2, Traps 9), but only to the ARM endpoint or a known ARM host, since the bearer token goes along;
 *    `api-version` is added only when such a URL lacks it.
 * Non-transient answers (4xx) come back as they are, for the caller to judge.
 */
import { getClient, type Client } from '@azure-rest/core-client';
import type { TokenCredential } from '@azure/core-auth';
import { azureError, AzureRequestError } from './azure-error.js';
import type { CloudEndpoints } from './clouds.js';
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries,
  type RetryPolicy,
  type Timer,
} from './retry.js';
import { pipelineOptions, type TransportOptions } from './transport.js';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';

export interface ArmResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  method: HttpMethod;
  /** The absolute URL requested. */
  url: string;
}

/** An ARM path plus api-version, or a URL Azure gave us, used verbatim. */
export type ArmTarget = { path: string; apiVersion: string } | { url: string };

export interface ArmHttpOptions {
  credential: TokenCredential;
  cloud: CloudEndpoints;
  transport?: TransportOptions;
  /** Retries on top of the SDK's (default: 6 attempts from 1 s, AZURE-FACTS.md §6.1). */
  retry?: RetryPolicy;
  timer?: Timer;
}

/**
 * Hosts of Resource Manager itself. Monitor URLs in Microsoft's own examples use the legacy
 * `management.windowsazure.com` next to `management.azure.com` (AZURE-FACTS.md §4.3).
 */
const ARM_HOSTS = new Set([
  'management.azure.com',
  'management.windowsazure.com',
  'management.usgovcloudapi.net',
  'management.chinacloudapi.cn',
]);

export const ARM_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000 };

export class ArmHttp {
  private readonly client: Client;
  readonly origin: string;
  readonly retry: RetryPolicy;
  readonly timer: Timer;

  constructor(options: ArmHttpOptions) {
    this.origin = new URL(options.cloud.armEndpoint).origin;
    this.retry = options.retry ?? ARM_RETRY;
    this.timer = options.timer ?? REAL_TIMER;
    this.client = getClient(options.cloud.armEndpoint, options.credential, {
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport),
    });
  }

  /** The absolute URL of a target, checked. */
  urlOf(target: ArmTarget): string {
    if ('path' in target) {
      return `${this.origin}${target.path}?api-version=${encodeURIComponent(target.apiVersion)}`;
    }
    let url: URL;
    try {
      url = new URL(target.url);
    } catch {
      throw new AzureRequestError(
        `Azure returned an invalid URL to follow: ${target.url}`,
        undefined,
        undefined,
        undefined,
      );
    }
    if (
      url.protocol !== 'https:' ||
      (url.origin !== this.origin && !ARM_HOSTS.has(url.hostname.toLowerCase()))
    ) {
      throw new AzureRequestError(
        `Azure asked to follow ${url.origin}, which is neither ${this.origin} nor a Resource Manager host; refusing to send the token there`,
        undefined,
        undefined,
        undefined,
      );
    }
    if (!url.searchParams.has('api-version')) {
      throw new AzureRequestError(
        `the URL ${target.url} has no api-version`,
        undefined,
        undefined,
        undefined,
      );
    }
    return url.toString();
  }

  /**
   * One request, retried while the answer is transient (408, 429, 5xx other than 501/505, dropped
   * connections). Returns any other answer, including 4xx; throws AzureRequestError when retries run out.
   */
  async call(
    method: HttpMethod,
    target: ArmTarget,
    options: { body?: unknown; signal?: AbortSignal; operation: string },
  ): Promise<ArmResponse> {
    const url = this.urlOf(target);
    return withRetries(
      async () => {
        options.signal?.throwIfAborted();
        let response;
        try {
          response = await this.client.pathUnchecked(url)[methodName(method)]({
            headers: { accept: 'application/json' },
            // Monitor URLs and ids are sent as Azure gave them (opaque operation ids may hold '=').
            skipUrlEncoding: true,
            ...(options.body !== undefined ? { body: options.body, contentType: 'application/json' } : {}),
            ...(options.signal ? { abortSignal: options.signal } : {}),
          });
        } catch (error) {
          if (options.signal?.aborted) throw error;
          const code = (error as { code?: string }).code;
          if (code !== undefined && isTransient({ code })) {
            throw Object.assign(
              azureError(options.operation, undefined, undefined, (error as Error).message),
              { code },
            );
          }
          throw azureError(options.operation, undefined, undefined, (error as Error).message);
        }
        const status = Number(response.status);
        const headers = lowerCaseHeaders(response.headers as Record<string, unknown>);
        if (isTransient({ statusCode: status })) {
          throw Object.assign(azureError(options.operation, status, response.body), {
            retryAfterMs: retryAfterMs(headers),
          });
        }
        return { status, headers, body: response.body, method, url };
      },
      (error) => {
        if (options.signal?.aborted) return { retry: false };
        const e = error as AzureRequestError & { retryAfterMs?: number };
        const transient = isTransient(e);
        return transient && e.retryAfterMs !== undefined
          ? { retry: true, waitMs: e.retryAfterMs }
          : { retry: transient };
      },
      this.retry,
      this.timer,
    );
  }

  /** A GET that must answer 200; 404 gives undefined. */
  async read(target: ArmTarget, operation: string, signal?: AbortSignal): Promise<unknown> {
    const response = await this.call('GET', target, { operation, ...(signal ? { signal } : {}) });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw azureError(operation, response.status, response.body);
    return response.body;
  }
}

function methodName(method: HttpMethod): 'get' | 'put' | 'patch' | 'post' | 'delete' {
  return method.toLowerCase() as 'get' | 'put' | 'patch' | 'post' | 'delete';
}

function lowerCaseHeaders(headers: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string') result[name.toLowerCase()] = value;
  }
  return result;
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3); undefined when absent or unusable. */
export function retryAfterMs(headers: Record<string, string>): number | undefined {
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
