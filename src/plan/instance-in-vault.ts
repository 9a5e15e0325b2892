import type { BackupInstanceView } from '../estate/model.js';

/**
 * A cluster's backup instance in one vault: the one on the given policy, else the first (the estate's
 * order). The plan decides with it what to change, and rule subjects which instance a binding has.
 */
export function instanceInVault(
  instances: readonly BackupInstanceView[],
  vaultKey: string,
  policyKey: string,
): BackupInstanceView | undefined {
  let first: BackupInstanceView | undefined;
  for (const instance of instances) {
    if (instance.vaultKey !== vaultKey) continue;
    if (instance.policyKey === policyKey) return instance;
    first ??= instance;
  }
  return first;
}
