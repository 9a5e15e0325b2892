/**
 * Direct ARM reads for what Resource Graph does not hold (AZURE-FACTS.md §5.2): trusted-access role
 * bindings per cluster (`GET {clusterId}/trustedAccessRoleBindings?api-version=2026-03-01`, §2.3),
 * recovery points per backup instance (`GET {instanceId}/recoveryPoints`, §4.2), provider registration
 * (`GET /subscriptions/{s}/providers/{ns}?api-version=2021-04-01`) and the Kubernetes versions AKS
 * supports per region (`GET /subscriptions/{s}/providers/Microsoft.ContainerService/locations/{location}/
 * kubernetesVersions?api-version=2026-03-01`, AKSSPEC ManagedClusters_ListKubernetesVersions). Through @azure-rest/core-client, so
 * auth, retries and TLS are the SDK's; lists follow `nextLink` verbatim (§6.2) but only back to the ARM
 * endpoint the token was meant for; `Accept: application/json` without a charset (§4.10 item 7).
 */
import { getClient, type Client } from '@azure-rest/core-client';
import type { TokenCredential } from '@azure/core-auth';
import type { ArmResource, KubernetesVersionsAnswer } from '../estate/snapshot.js';
import type { CloudEndpoints } from './clouds.js';
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries,
  type RetryPolicy,
  type Timer,
} from './retry.js';
import { checkArmId, checkLocation, checkProviderNamespace, checkSubscriptionId } from './safe-input.js';
import { pipelineOptions, type TransportOptions } from './transport.js';

export const API_VERSIONS = {
  trustedAccess: '2026-03-01',
  /** ManagedClusters_ListKubernetesVersions: the AKS spec saved in shared/azure-specs (AKSSPEC). */
  kubernetesVersions: '2026-03-01',
  /** The project's Data Protection default (AZURE-FACTS.md §4.1). */
  dataProtection: '2025-07-01',
  providers: '2021-04-01',
} as const;

export interface ArmReaderOptions {
  credential: TokenCredential;
  cloud: CloudEndpoints;
  transport?: TransportOptions;
  /** Requests in flight at once (default 8; ARM advises 4-8 per subscription, AZURE-FACTS.md §6.1). */
  concurrency?: number;
  retry?: RetryPolicy;
  timer?: Timer;
  /** Pages per list at most, a guard against a server that never stops paging (default 1000). */
  maxPages?: number;
}

export class ArmReadError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly code?: string,
    /** ARM's own `error.message`, unprefixed. */
    readonly armMessage?: string,
  ) {
    super(message);
    this.name = 'ArmReadError';
  }
}

/** Statuses with which ARM refuses a read for good: recorded as the answer rather than failing the read. */
const REFUSALS: ReadonlySet<number> = new Set([400, 403, 404, 409]);

/** ARM retries: quicker than Resource Graph's, as ARM throttles with Retry-After (§6.1). */
const ARM_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000 };

export class ArmReader {
  private readonly client: Client;
  private readonly origin: string;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly timer: Timer;
  private readonly maxPages: number;

  constructor(options: ArmReaderOptions) {
    this.origin = new URL(options.cloud.armEndpoint).origin;
    this.concurrency = options.concurrency ?? 8;
    this.retry = options.retry ?? ARM_RETRY;
    this.timer = options.timer ?? REAL_TIMER;
    this.maxPages = options.maxPages ?? 1000;
    this.client = getClient(options.cloud.armEndpoint, options.credential, {
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport),
    });
  }

  /** Bindings of each cluster; a cluster that has gone since Resource Graph listed it has none. */
  async trustedAccessBindings(clusterIds: readonly string[]): Promise<ArmResource[]> {
    const lists = await this.forEach(clusterIds.map(checkArmId), (id) =>
      this.list(`${id}/trustedAccessRoleBindings`, API_VERSIONS.trustedAccess),
    );
    return lists.flatMap((list) => list ?? []);
  }

  /** Recovery points of each backup instance. */
  async recoveryPoints(instanceIds: readonly string[]): Promise<ArmResource[]> {
    const lists = await this.forEach(instanceIds.map(checkArmId), (id) =>
      this.list(`${id}/recoveryPoints`, API_VERSIONS.dataProtection),
    );
    return lists.flatMap((list) => list ?? []);
  }

  /** `registrationState` per subscription and namespace: { sub: { namespace: state } }. */
  async providerStates(
    subscriptionIds: readonly string[],
    namespaces: readonly string[],
  ): Promise<Record<string, Record<string, string>>> {
    const pairs = subscriptionIds
      .map(checkSubscriptionId)
      .flatMap((sub) => namespaces.map((ns) => ({ sub, ns: checkProviderNamespace(ns) })));
    const states = await this.forEach(pairs, async ({ sub, ns }) => {
      const body = await this.get(`/subscriptions/${sub}/providers/${ns}`, API_VERSIONS.providers);
      const state = (body as { registrationState?: unknown } | undefined)?.registrationState;
      if (typeof state !== 'string')
        throw new ArmReadError(`no registrationState for ${ns} in subscription ${sub}`);
      return state;
    });
    const result: Record<string, Record<string, string>> = {};
    pairs.forEach(({ sub, ns }, i) => {
      (result[sub] ??= {})[ns] = states[i]!;
    });
    return result;
  }

  /**
   * The Kubernetes versions AKS offers in each location, asked through the subscription given for it: the
   * 200 body verbatim (`{values: [...]}`, AKSSPEC KubernetesVersionListResult), or ARM's refusal when the
   * caller may not read it (403), the provider is not registered there (409 MissingSubscriptionRegistration,
   * https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-register-resource-provider)
   * or the location is not one AKS knows (400, 404). A refusal is recorded, not thrown: the versions are an
   * input to one warning rule, and the rest of the estate is worth having without them. Transient errors
   * are retried as every read is, and fail the read if they persist.
   */
  async kubernetesVersions(
    requests: readonly { location: string; subscriptionId: string }[],
  ): Promise<Record<string, KubernetesVersionsAnswer>> {
    const checked = requests.map(({ location, subscriptionId }) => ({
      location: checkLocation(location),
      subscriptionId: checkSubscriptionId(subscriptionId),
    }));
    const answers = await this.forEach(checked, async ({ location, subscriptionId }) => {
      const path = `/subscriptions/${subscriptionId}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
      try {
        // Not `get`: a 404 here should keep ARM's own code and message.
        const body = (await this.request(path, API_VERSIONS.kubernetesVersions, false)) as
          { values?: unknown } | undefined;
        if (!Array.isArray(body?.values)) {
          throw new ArmReadError(`ARM returned no 'values' array for ${path}`);
        }
        return { values: body.values } as KubernetesVersionsAnswer;
      } catch (error) {
        if (!(error instanceof ArmReadError) || !REFUSALS.has(error.statusCode ?? 0)) throw error;
        return {
          status: error.statusCode!,
          error: {
            ...(error.code !== undefined ? { code: error.code } : {}),
            ...(error.armMessage !== undefined ? { message: error.armMessage } : {}),
          },
        } as KubernetesVersionsAnswer;
      }
    });
    const result: Record<string, KubernetesVersionsAnswer> = {};
    checked.forEach(({ location }, i) => {
      result[location] = answers[i]!;
    });
    return result;
  }

  /** All pages of a list; undefined when ARM says the parent does not exist (404). */
  async list(path: string, apiVersion: string): Promise<ArmResource[] | undefined> {
    const items: ArmResource[] = [];
    let next: string | undefined = path;
    let first = true;
    for (let page = 0; next !== undefined; page++) {
      if (page >= this.maxPages) throw new ArmReadError(`more than ${this.maxPages} pages listing ${path}`);
      const body = (await this.request(next, first ? apiVersion : undefined, first)) as
        { value?: unknown; nextLink?: unknown } | undefined;
      if (body === undefined) return undefined;
      if (!Array.isArray(body.value)) throw new ArmReadError(`ARM returned no 'value' array listing ${path}`);
      items.push(...(body.value as ArmResource[]));
      next =
        typeof body.nextLink === 'string' && body.nextLink !== ''
          ? this.checkNextLink(body.nextLink, path)
          : undefined;
      first = false;
    }
    return items;
  }

  async get(path: string, apiVersion: string): Promise<unknown> {
    const body = await this.request(path, apiVersion, true);
    if (body === undefined) throw new ArmReadError(`${path} was not found`, 404, 'NotFound');
    return body;
  }

  /** Bearer tokens follow the request: a nextLink must stay on the ARM endpoint. */
  private checkNextLink(link: string, path: string): string {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      throw new ArmReadError(`invalid nextLink while listing ${path}`);
    }
    if (url.origin !== this.origin) {
      throw new ArmReadError(
        `nextLink for ${path} points to ${url.origin}, not ${this.origin}; refusing to send a token there`,
      );
    }
    return link;
  }

  /** One GET with retries; undefined for a 404 when `notFoundIsEmpty`. */
  private async request(
    pathOrUrl: string,
    apiVersion: string | undefined,
    notFoundIsEmpty: boolean,
  ): Promise<unknown> {
    return withRetries(
      async () => {
        const response = await this.client.pathUnchecked(pathOrUrl).get({
          headers: { accept: 'application/json' },
          ...(apiVersion !== undefined ? { queryParameters: { 'api-version': apiVersion } } : {}),
        });
        const status = Number(response.status);
        if (status === 200) return response.body;
        if (status === 404 && notFoundIsEmpty) return undefined;
        const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
        throw new ArmReadError(
          `GET ${pathOrUrl.replace(this.origin, '')} failed: HTTP ${status}${error?.code ? ` ${error.code}` : ''}${error?.message ? `: ${error.message}` : ''}`,
          status,
          error?.code,
          error?.message,
        );
      },
      (error) => ({ retry: isTransient(error) }),
      this.retry,
      this.timer,
    );
  }

  private async forEach<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = new Array(items.length);
    let nextIndex = 0;
    let failed = false;
    const worker = async (): Promise<void> => {
      while (!failed && nextIndex < items.length) {
        const index = nextIndex++;
        try {
          results[index] = await work(items[index]!);
        } catch (error) {
          failed = true; // stop starting new requests; the first error is reported
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return results;
  }
}
