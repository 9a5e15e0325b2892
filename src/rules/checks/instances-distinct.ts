import type { ClusterSubject } from '../subjects.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';
import type { RuleFailure } from '../model.js';

const VAULT_IN_ID = /^(.*\/providers\/microsoft\.dataprotection\/backupvaults\/[^/]+)\/backupinstances\//i;

/** AKSB015. Instances of one cluster must differ in vault or policy (BK23, BK25, OV23). */
export const instancesDistinct: CheckDefinition = {
  name: 'instances-distinct',
  description: 'no two backup instances of one cluster share both vault and policy',
  subjects: ['cluster'],
  codes: ['duplicate'],
  matrixPaths: () => [],
  run(subject) {
    const s = subject as ClusterSubject;
    if (!s.instances || s.instances.length < 2) return NO_FAILURES;
    const groups = new Map<string, { vault: string; policy: string; ids: string[] }>();
    for (const instance of s.instances) {
      const vault = instance.vaultId ?? VAULT_IN_ID.exec(instance.id)?.[1];
      if (vault === undefined || instance.policyId === undefined) continue;
      const key = `${vault.toLowerCase()}|${instance.policyId.toLowerCase()}`;
      const group = groups.get(key) ?? { vault, policy: instance.policyId, ids: [] };
      group.ids.push(instance.id);
      groups.set(key, group);
    }
    const failures: RuleFailure[] = [];
    for (const group of groups.values()) {
      if (group.ids.length < 2) continue;
      failures.push({
        code: 'duplicate',
        resourceId: group.ids[1],
        values: { vault: group.vault, policy: group.policy, instances: group.ids, count: group.ids.length },
      });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  },
};
