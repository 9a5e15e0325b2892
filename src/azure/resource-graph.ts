/**
 * Reads the estate's Resource Graph families through @azure/arm-resourcegraph 5 (AZURE-FACTS.md §5):
 *  - one query per family, `$top` 1000 with a `$skipToken` loop (the SDK does not page for us, ARGJS);
 *  - subscriptions in batches of at most 300 (< 1000 per request, ~300 recommended: ARGTS, ARGTHR), or
 *    management-group scope;
 *  - `resultTruncated` is the string "true"/"false"; "true" without a skip token means rows were lost,
 *    which is an error, never a silently short estate (Traps 5);
 *  - queries are paced on the user quota headers, read through `onResponse` (§5.4);
 *  - 429s are retried even without `Retry-After`, which the SDK does not do (Traps 7).
 * Queries run one after another: ARG advises grouping over parallel small queries (ARGTHR).
 */
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { TokenCredential } from '@azure/core-auth';
import type { ArmResource, VaultCounts } from '../estate/snapshot.js';
import type { CloudEndpoints } from './clouds.js';
import { documentFromRow, familyQuery } from './graph-projection.js';
import { QuotaPacer, type HeaderSource } from './quota-pacer.js';
import {
  VAULT_COUNTS_QUERY,
  vaultCountsFromRows,
  type FamilyContext,
  type ResourceFamily,
} from './resource-families.js';
import {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries,
  type RetryPolicy,
  type Timer,
} from './retry.js';
import { checkArmId, checkManagementGroupId, checkSubscriptionId } from './safe-input.js';
import { pipelineOptions, type TransportOptions } from './transport.js';

/** Where to look: subscriptions, or management groups (not both, as the API requires). */
export interface GraphScope {
  subscriptions?: readonly string[];
  managementGroups?: readonly string[];
}

export interface ResourceGraphReaderOptions {
  credential: TokenCredential;
  cloud: CloudEndpoints;
  transport?: TransportOptions;
  /** Subscriptions per request; at most 999 (default 300). */
  batchSize?: number;
  retry?: RetryPolicy;
  timer?: Timer;
}

export class GraphReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphReadError';
  }
}

const PAGE_SIZE = 1000;
const DEFAULT_BATCH = 300;

/** A validated scope, split into request-sized batches. */
export function scopeBatches(
  scope: GraphScope,
  batchSize = DEFAULT_BATCH,
): { subscriptions?: string[]; managementGroups?: string[] }[] {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 999) {
    throw new GraphReadError(`subscription batch size must be 1-999; got ${batchSize}`);
  }
  const subscriptions = [...new Set((scope.subscriptions ?? []).map(checkSubscriptionId))];
  const groups = [...new Set((scope.managementGroups ?? []).map(checkManagementGroupId))];
  if (subscriptions.length > 0 && groups.length > 0) {
    throw new GraphReadError('read subscriptions or management groups, not both, in one scope');
  }
  if (groups.length > 0) return groups.map((group) => ({ managementGroups: [group] }));
  if (subscriptions.length === 0) throw new GraphReadError('no subscriptions or management groups to read');
  const batches: { subscriptions: string[] }[] = [];
  for (let i = 0; i < subscriptions.length; i += batchSize)
    batches.push({ subscriptions: subscriptions.slice(i, i + batchSize) });
  return batches;
}

export class ResourceGraphReader {
  private readonly client: ResourceGraphClient;
  private readonly pacer: QuotaPacer;
  private readonly timer: Timer;
  private readonly retry: RetryPolicy;
  private readonly batchSize: number;

  constructor(options: ResourceGraphReaderOptions) {
    this.timer = options.timer ?? REAL_TIMER;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.pacer = new QuotaPacer(this.timer);
    this.client = new ResourceGraphClient(options.credential, {
      endpoint: options.cloud.armEndpoint,
      credentials: { scopes: [options.cloud.tokenScope] },
      ...pipelineOptions(options.transport),
    });
  }

  /** Every document of a family within the scope, in ARM shape, ordered by id within each batch. */
  async readFamily(
    family: ResourceFamily,
    scope: GraphScope,
    ctx: FamilyContext,
    clusterIds?: readonly string[],
  ): Promise<ArmResource[]> {
    const query = familyQuery(family, ctx, clusterIds?.map(checkArmId));
    const documents: ArmResource[] = [];
    for (const batch of scopeBatches(scope, this.batchSize)) {
      const rows = await this.queryAll(query, batch, family);
      for (const row of rows) documents.push(documentFromRow(row, family));
    }
    return documents;
  }

  /**
   * Backup policies and instances per vault, of every workload, in the scope: one summarized row per vault
   * (VAULT_COUNTS_QUERY), so a page per 1,000 vaults whatever they hold.
   */
  async readVaultCounts(scope: GraphScope): Promise<VaultCounts> {
    const counts: VaultCounts = {};
    for (const batch of scopeBatches(scope, this.batchSize)) {
      vaultCountsFromRows(await this.queryAll(VAULT_COUNTS_QUERY, batch, { key: 'vaultCounts' }), counts);
    }
    return counts;
  }

  /** Runs one query over one batch to the last page. */
  async queryAll(
    query: string,
    batch: { subscriptions?: string[]; managementGroups?: string[] },
    family: Pick<ResourceFamily, 'key' | 'authorizationScopeFilter'>,
  ): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    let skipToken: string | undefined;
    do {
      const page = await withRetries(
        async () => {
          await this.pacer.beforeQuery();
          return this.client.resources(
            {
              query,
              ...batch,
              options: {
                top: PAGE_SIZE,
                resultFormat: 'objectArray',
                ...(skipToken !== undefined ? { skipToken } : {}),
                ...(family.authorizationScopeFilter
                  ? { authorizationScopeFilter: family.authorizationScopeFilter }
                  : {}),
              },
            },
            { onResponse: (response) => this.pacer.observe(response.headers as HeaderSource) },
          );
        },
        (error) => this.judge(error),
        this.retry,
        this.timer,
      ).catch((error: unknown) => {
        // A 400 (query refused) or 403 (no access) is final: say why, in Resource Graph's words.
        throw (error as { statusCode?: number }).statusCode !== undefined
          ? new GraphReadError(describeGraphError(error))
          : error;
      });
      if (!Array.isArray(page.data))
        throw new GraphReadError(`Resource Graph returned no row array for ${family.key}`);
      rows.push(...(page.data as Record<string, unknown>[]));
      if (page.resultTruncated === 'true' && page.skipToken === undefined) {
        throw new GraphReadError(
          `Resource Graph truncated the ${family.key} result (${page.count} of ${page.totalRecords} rows) and gave no skip token; the query must project id`,
        );
      }
      skipToken = page.skipToken;
    } while (skipToken !== undefined);
    return rows;
  }

  /**
   * Throttling waits for the quota window when the headers say when it resets (a 429 without
   * `Retry-After` carries them); other transient failures back off; anything else is final.
   */
  private judge(error: unknown): { retry: boolean; waitMs?: number } {
    const e = error as { statusCode?: number; response?: { headers?: HeaderSource } };
    if (e.statusCode === 429 && e.response?.headers) {
      this.pacer.observe(e.response.headers);
      const waitMs = this.pacer.exhaustedForMs();
      return { retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    return { retry: isTransient(error) };
  }
}

function describeGraphError(error: unknown): string {
  const e = error as { statusCode?: number; message?: string; details?: unknown };
  const details = (
    e.details as {
      error?: { code?: string; message?: string; details?: { code?: string; message?: string }[] };
    }
  )?.error;
  const reasons = details?.details?.map((d) => `${d.code}: ${d.message}`).join('; ');
  return `Resource Graph refused the query (HTTP ${e.statusCode}${details?.code ? ` ${details.code}` : ''}): ${reasons || details?.message || e.message}`;
}
