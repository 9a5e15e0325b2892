import type { DesiredCluster } from '../config/model.js';
import type { ClusterView } from '../estate/model.js';
import type { Change, ChangeKind, Finding } from '../report/model.js';

/** One desired cluster entry resolved to one real cluster of the estate. */
export interface ClusterBinding {
  desired: DesiredCluster;
  clusterId: string;
  clusterKey: string;
  clusterName: string;
  /** Undefined when an explicitly listed cluster is not in the estate. */
  cluster?: ClusterView;
  /** True when a `match:` selector brought the cluster in. */
  viaSelector: boolean;
  /** The policy the instance will use: the named one, or an equivalent existing one reused; set by the diff. */
  policyId?: string;
}

/**
 * A principal that may not exist yet when the plan is made: the backup extension's identity is created
 * with the extension, so its assignments are planned against a reference that apply resolves
 * ("known after apply", as Terraform says).
 */
export type PrincipalRef = { kind: 'known'; principalId: string } | { kind: 'extension'; clusterId: string };

export interface PlannedChange extends Change {
  kind: ChangeKind;
  /** The cluster the change is for (names can repeat across resource groups; ids cannot). */
  clusterId?: string;
  /** Dependency phase: providers 0 → extension 1 → trusted access 2 → roles 3 → policy 4 → instance 5. */
  phase: number;
  /** What apply sends (ARM request body), when the change writes one. */
  body?: unknown;
  /** For role assignments whose principal is created by an earlier change. */
  principal?: PrincipalRef;
  /** For replacements: the id of what is deleted first, when it differs from `id`. */
  replaces?: string;
  /**
   * For an update of an extension or a trusted-access binding: `PUT` when the whole resource is sent again
   * to re-run its provisioning (it is `Failed`). Otherwise an extension update is a `PATCH` of its settings
   * (a binding's is a PUT all the same). A create is always a PUT.
   */
  method?: 'PUT';
}

export interface Plan {
  changes: PlannedChange[];
  /** Facts the plan itself establishes (clusters not found, selectors matching nothing). */
  findings: Finding[];
  bindings: ClusterBinding[];
}

export const PHASE: Record<ChangeKind, number> = {
  providerRegistration: 0,
  extension: 1,
  trustedAccessBinding: 2,
  roleAssignment: 3,
  backupPolicy: 4,
  backupInstance: 5,
};
