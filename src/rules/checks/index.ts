import { dailyOperationLimit } from './daily-operation-limit.js';
import { exemptionValidity } from './exemption-validity.js';
import { instanceReplace } from './instance-replace.js';
import { instancesDistinct } from './instances-distinct.js';
import { kubernetesVersion } from './kubernetes-version.js';
import { namespaceCount } from './namespace-count.js';
import { providersRegistered } from './providers-registered.js';
import { recentJobFailures } from './recent-job-failures.js';
import { recoveryPointFresh } from './recovery-point-fresh.js';
import { roleAssignments } from './role-assignments.js';
import { storagePlacement } from './storage-placement.js';
import type { CheckDefinition } from './types.js';
import { volumeCoverage } from './volume-coverage.js';

export type { CheckDefinition } from './types.js';

/** Every named check a rule file may use with `check:`; organisation rules may use them too. */
export const CHECKS: ReadonlyMap<string, CheckDefinition> = new Map(
  [
    storagePlacement,
    providersRegistered,
    instanceReplace,
    instancesDistinct,
    dailyOperationLimit,
    roleAssignments,
    namespaceCount,
    recoveryPointFresh,
    exemptionValidity,
    recentJobFailures,
    volumeCoverage,
    kubernetesVersion,
  ].map((check) => [check.name, check]),
);
