import type { DesiredCluster, DesiredState } from '../config/model.js';
import type { BindingSubject, ExemptionSubject } from './subjects.js';

/**
 * Subjects that need no Azure: one binding per desired cluster entry, filled from the YAML alone, and one
 * subject per exemption. `validate` can evaluate the catalogue over these (schedule, retention,
 * namespace count, volume settings, storage subscription, exemptions); rules that need the estate find
 * their facts absent and stay silent. The estate builder starts from `bindingFromDesired` and adds facts.
 */
export function staticSubjects(state: DesiredState): (BindingSubject | ExemptionSubject)[] {
  return [...state.clusters.map(bindingFromDesired), ...exemptionSubjects(state)];
}

export function bindingFromDesired(entry: DesiredCluster): BindingSubject {
  const target = entry.target.kind === 'id' ? entry.target.id : undefined;
  const { policy, vault, storage, snapshotResourceGroup, backup } = entry;
  return {
    kind: 'binding',
    ...(target
      ? {
          resourceId: target.id,
          cluster: target.name,
          clusterId: target.id,
          subscriptionId: target.subscriptionId,
          scope: {
            subscriptionId: target.subscriptionId,
            resourceGroup: target.resourceGroup,
            name: target.name,
          },
        }
      : {}),
    declaredAt: entry.source,
    vault: { id: vault.id.id, subscriptionId: vault.id.subscriptionId },
    storage: {
      accountId: storage.account.id,
      container: storage.container,
      subscriptionId: storage.account.subscriptionId,
    },
    policy: {
      name: policy.name,
      id: entry.policyId,
      interval: policy.schedule.every.iso,
      retention: {
        operational: policy.retention.operational.iso,
        ...(policy.retention.vault ? { vault: policy.retention.vault.iso } : {}),
      },
    },
    snapshotResourceGroup: {
      id: snapshotResourceGroup.id,
      subscriptionId: snapshotResourceGroup.subscriptionId,
    },
    backup: {
      ...(backup.includedNamespaces ? { includedNamespaces: backup.includedNamespaces } : {}),
      excludedNamespaces: backup.excludedNamespaces,
      includeClusterScopeResources: backup.includeClusterScopeResources,
      snapshotVolumes: backup.snapshotVolumes,
      includedVolumeTypes: backup.includedVolumeTypes,
    },
  };
}

export function exemptionSubjects(state: DesiredState): ExemptionSubject[] {
  return state.exemptions.map((exemption) => ({
    kind: 'exemption',
    number: exemption.index + 1,
    rule: exemption.rule,
    reason: exemption.reason,
    expires: exemption.expires,
    expiresAt: exemption.expiresAt.toISOString(),
    declaredAt: exemption.source,
  }));
}
