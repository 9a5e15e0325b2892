import { createHash } from 'node:crypto';
import { compactCanonicalJson } from '../estate/canonical-json.js';
import { byCodeUnit } from '../util/order.js';
import type { Estate } from '../estate/model.js';
import type { ClusterBinding } from './model.js';
import { REQUIRED_PROVIDERS } from './names.js';

/**
 * Names how the digest is made; a plan file whose digest has another scheme came from another version.
 * The number counts the shapes of the views hashed: it goes up whenever a view gains or loses a field,
 * so that a plan made before is refused as made another way, not as made on an estate that has changed.
 * `views2`: backup instance views no longer carry their datasource parameters as written.
 */
export const ESTATE_DIGEST_SCHEME = 'views2-sha256';

/**
 * A digest of the part of the estate a plan depends on: the bound clusters with their extensions,
 * trusted-access bindings and backup instances, the vaults with their policies, the role assignments of
 * the identities involved, and provider states. It hashes their views — what the plan reads of each
 * document — so a change the plan cannot see (a node count, a timestamp ARM rewrites) does not refuse a
 * reviewed plan, and any change it can see does. Recovery points and jobs are left out: they change
 * every few hours and never change what the plan does, so a reviewed plan stays applicable between
 * backups.
 */
export function estateDigest(estate: Estate, bindings: readonly ClusterBinding[]): string {
  const documents = new Map<string, unknown>();
  const principals = new Set<string>();
  const subscriptions = new Set<string>();
  const seenVaults = new Set<string>();
  const seenAccounts = new Set<string>();
  const keep = (view: { key: string } | undefined): void => {
    if (view) documents.set(view.key, view);
  };
  for (const binding of bindings) {
    const cluster = binding.cluster;
    keep(cluster);
    if (!cluster) continue;
    if (cluster.principalId) principals.add(cluster.principalId.toLowerCase());
    if (cluster.subscriptionId) subscriptions.add(cluster.subscriptionId.toLowerCase());
    estate.extensionsOfCluster(cluster).forEach(keep);
    const extension = estate.backupExtension(cluster);
    if (extension?.principalId) principals.add(extension.principalId.toLowerCase());
    estate.bindingsOfCluster(cluster).forEach(keep);
    estate.instancesOfCluster(cluster).forEach(keep);
    // Clusters share vaults and storage accounts: read each once, not once per cluster.
    if (!seenVaults.has(binding.desired.vault.id.key)) {
      seenVaults.add(binding.desired.vault.id.key);
      const vault = estate.vault(binding.desired.vault.id.id);
      keep(vault);
      if (vault?.principalId) principals.add(vault.principalId.toLowerCase());
      estate.policiesInVault(binding.desired.vault.id.id).forEach(keep);
    }
    if (!seenAccounts.has(binding.desired.storage.account.key)) {
      seenAccounts.add(binding.desired.storage.account.key);
      keep(estate.storageAccount(binding.desired.storage.account.id));
    }
  }
  for (const principal of principals) estate.roleAssignmentsOfPrincipal(principal).forEach(keep);
  const providers = [...subscriptions]
    .sort()
    .map((s) => [s, REQUIRED_PROVIDERS.map((ns) => estate.providerState(s, ns) ?? null)]);
  // View by view into the hash: one canonical text of everything would cost its size in memory.
  const hash = createHash('sha256');
  for (const key of [...documents.keys()].sort(byCodeUnit)) {
    hash.update(`${JSON.stringify(key)}:${compactCanonicalJson(documents.get(key))}\n`);
  }
  hash.update(compactCanonicalJson(providers));
  return `${ESTATE_DIGEST_SCHEME}:${hash.digest('hex')}`;
}
