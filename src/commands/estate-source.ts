import type { DesiredState } from '../config/model.js';
import { InputError, type Diagnostic } from '../config/diagnostics.js';
import { isSubscriptionId } from '../config/resource-id.js';
import { buildEstate } from '../estate/build-estate.js';
import { loadEstate } from '../estate/load-estate.js';
import { loadSnapshot } from '../estate/load-snapshot.js';
import type { Estate } from '../estate/model.js';
import type { EstateSnapshot } from '../estate/snapshot.js';
import type { CommandName } from '../report/model.js';
import type { Settings } from '../settings/settings.js';
import type { EstateReadOptions } from '../azure/read-estate.js';
import type { TokenCredential } from '@azure/core-auth';
import type { CloudEndpoints } from '../azure/clouds.js';
import type { CommandContext } from './context.js';

const MANAGEMENT_GROUP = /^\/providers\/Microsoft\.Management\/managementGroups\/([A-Za-z0-9._()-]{1,90})$/i;

/**
 * The estate to judge: a snapshot file read straight into it (load-estate.ts), or a live read built
 * into it.
 */
export async function estateFor(state: DesiredState | undefined, context: CommandContext): Promise<Estate> {
  if (context.settings.estate) return loadEstate(context.settings.estate);
  return buildEstate(await readEstateFor(state, context));
}

/**
 * Where the estate comes from: a snapshot file (--estate), or Azure through Resource Graph and ARM.
 *
 * The import() below and those in withAzure are the boundary between the offline commands and the Azure
 * SDKs: keep them dynamic, and keep src/azure/ out of every static import of src/commands/. The build
 * (scripts/build.mjs) puts what they load in dist/chunks/, which Node reads only when they run, so
 * commands that never read Azure (validate, rules, plan --estate) neither read nor evaluate the SDKs.
 * Measured on dist/ (peak RSS, median of 5), against one bundle holding everything: `validate` 70 MB in
 * 0.19 s instead of 104 MB in 0.48 s; `plan --estate` of the example 75 MB in 0.21 s instead of 107 MB
 * in 0.55 s, of a 10,000-cluster snapshot 521-526 MB instead of 541 MB (a bare `node` is 43 MB).
 * test/e2e/lazy-loading.test.ts checks that offline commands load none of it.
 */
export async function readEstateFor(
  state: DesiredState | undefined,
  context: CommandContext,
): Promise<EstateSnapshot> {
  const { settings, log } = context;
  if (settings.estate) return loadSnapshot(settings.estate);
  const scope = estateScope(settings, state);
  const where = describeScope(scope);
  const { readEstate } = await import('../azure/read-estate.js');
  return withAzure(context, where, async ({ cloud, credential, method }) => {
    log.info(`reading the estate from ${cloud.armEndpoint} (${where}, signed in with ${method})`);
    const started = Date.now();
    const snapshot = await readEstate(
      { scope, ...estateReadOptions(settings.command) },
      { credential, cloud, now: () => context.now, concurrency: settings.concurrency },
    );
    log.info(`read ${snapshot.resources.length} resources in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return snapshot;
  });
}

/**
 * What a command reads beyond Resource Graph. Recovery points cost one ARM list per backup instance, the
 * largest share of a read's calls: `plan` and `apply` use them only for AKSB024 (the latest point is
 * fresh), so they list them only where an instance's jobs do not already show a fresh backup
 * (read-estate.ts `recoveryPointReads`). `audit` reports every instance's latest point, `backup` gates on
 * it, `restore-test` restores one and `export` writes the whole estate: they read them all.
 */
export function estateReadOptions(command: CommandName): Pick<EstateReadOptions, 'recoveryPoints'> {
  return { recoveryPoints: command === 'plan' || command === 'apply' ? 'needed' : 'all' };
}

export interface AzureConnection {
  cloud: CloudEndpoints;
  credential: TokenCredential;
  method: string;
}

/**
 * The LRO poll interval for Data Protection clients, when AKS_BACKUP_GUARD_POLL_INTERVAL_MS set one:
 * without it validateRestore, restore and on-demand backup poll every 2 s whatever the setting says.
 */
export function lroPolling(context: CommandContext): { pollIntervalMs?: number } {
  const pollIntervalMs = context.azure?.pollIntervalMs;
  return pollIntervalMs === undefined ? {} : { pollIntervalMs };
}

/**
 * Signs in as the settings say (cloud, endpoints, auth) and runs `work`; any configuration or Azure
 * failure becomes an InputError that says what to do. The Azure SDKs load here, on first use: dynamic
 * so that commands that never sign in do not load @azure/identity and MSAL (a 700 KB chunk of dist/),
 * for the start-up memory and time measured at readEstateFor.
 */
export async function withAzure<T>(
  context: CommandContext,
  where: string,
  work: (connection: AzureConnection) => Promise<T>,
): Promise<T> {
  const { settings } = context;
  const [{ resolveCloud, CloudConfigurationError }, { createCredential, CredentialConfigurationError }] =
    await Promise.all([import('../azure/clouds.js'), import('../azure/credentials.js')]);
  try {
    const cloud = resolveCloud({
      cloud: settings.cloud,
      ...(settings.armEndpoint ? { armEndpoint: settings.armEndpoint } : {}),
      ...(settings.authorityHost ? { authorityHost: settings.authorityHost } : {}),
    });
    const { method, credential } = createCredential(
      {
        auth: settings.auth,
        audience: settings.audience,
        ...(settings.tenantId ? { tenantId: settings.tenantId } : {}),
        ...(settings.clientId ? { clientId: settings.clientId } : {}),
      },
      cloud,
      context.azure?.getIdToken ? { getIdToken: context.azure.getIdToken } : {},
    );
    return await work({ cloud, credential, method });
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof CloudConfigurationError || error instanceof CredentialConfigurationError) {
      throw new InputError([{ file: 'Azure', message: error.message }]);
    }
    throw new InputError([{ file: 'Azure', message: explainAzureFailure(error, where) }]);
  }
}

export interface EstateScope {
  subscriptions?: string[];
  managementGroups?: string[];
}

/**
 * The input `scope` when given (subscriptions and/or management groups); otherwise every subscription
 * the desired state names. A selector without subscriptions could match anywhere, so it needs a scope.
 */
export function estateScope(settings: Settings, state: DesiredState | undefined): EstateScope {
  const problems: Diagnostic[] = [];
  if (settings.scope.length > 0) {
    const subscriptions: string[] = [];
    const managementGroups: string[] = [];
    for (const entry of settings.scope) {
      const group = MANAGEMENT_GROUP.exec(entry)?.[1];
      if (group) managementGroups.push(group);
      else if (isSubscriptionId(entry)) subscriptions.push(entry.toLowerCase());
      else {
        problems.push({
          file: 'scope',
          message: `'${entry}' is neither a subscription id nor /providers/Microsoft.Management/managementGroups/<id>`,
        });
      }
    }
    if (subscriptions.length > 0 && managementGroups.length > 0) {
      problems.push({
        file: 'scope',
        message:
          'give subscriptions or management groups, not both (Resource Graph takes one kind per query)',
      });
    }
    if (problems.length > 0) throw new InputError(problems);
    return managementGroups.length > 0 ? { managementGroups } : { subscriptions };
  }
  if (!state)
    throw new InputError([
      { file: 'scope', message: 'give --scope: the subscriptions or management groups to read' },
    ]);
  const subscriptions = new Set<string>();
  for (const cluster of state.clusters) {
    if (cluster.target.kind === 'id') subscriptions.add(cluster.target.id.subscriptionId);
    else if (cluster.target.selector.subscriptions)
      cluster.target.selector.subscriptions.forEach((s) => subscriptions.add(s.toLowerCase()));
    else {
      problems.push({
        ...cluster.source,
        message: `the selector of clusters[${cluster.index}] names no subscriptions, so it could match anywhere: add 'subscriptions:' to it or give --scope`,
      });
    }
    subscriptions.add(cluster.vault.id.subscriptionId);
    subscriptions.add(cluster.storage.account.subscriptionId);
  }
  if (problems.length > 0) throw new InputError(problems);
  return { subscriptions: [...subscriptions].sort() };
}

function describeScope(scope: EstateScope): string {
  if (scope.managementGroups)
    return `management group${scope.managementGroups.length === 1 ? '' : 's'} ${scope.managementGroups.join(', ')}`;
  const count = scope.subscriptions?.length ?? 0;
  return `${count} subscription${count === 1 ? '' : 's'}`;
}

/** Azure failures as what to do next, not as SDK internals. */
export function explainAzureFailure(error: unknown, where: string): string {
  const message = (error as Error)?.message ?? String(error);
  const status = (error as { statusCode?: number }).statusCode;
  if (
    /endpoints_resolution_error|self[- ]signed|unable to verify the first certificate|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED/i.test(
      message,
    )
  ) {
    return `cannot reach the authority host or Resource Manager over TLS (${message}): if it uses its own certificate authority, trust it with NODE_EXTRA_CA_CERTS`;
  }
  if (/Failed to get ID Token/i.test(message)) {
    return `the runner refused to issue a GitHub OIDC token (${message.replace(/\s+/g, ' ').trim()}): give the workflow 'permissions: id-token: write' (fork pull requests never get one)`;
  }
  if (status === 401 || /AADSTS|invalid_client|unauthorized/i.test(message)) {
    return `signing in to Azure failed: ${message}. Check tenant-id, client-id and the federated credential or secret`;
  }
  if (status === 403 || /AuthorizationFailed|Forbidden/i.test(message)) {
    return `the identity may not read ${where}: ${message}. Give it Reader on the scope (see README: permissions)`;
  }
  return `reading the estate from Azure failed: ${message}`;
}
