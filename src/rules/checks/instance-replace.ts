import type { BindingSubject } from '../subjects.js';
import { sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/**
 * AKSB013 / AKSB014. Azure cannot change an instance's policy or snapshot resource group in place
 * (SM23, SM26, FAQ25): reaching the desired state means deleting and recreating the instance. Without
 * `allow-replace` that is an error (the plan will not do it); with it, a warning that it will happen.
 */
export const instanceReplace: CheckDefinition = {
  name: 'instance-replace',
  description: "an existing backup instance's policy or snapshot resource group differs from the desired one",
  subjects: ['binding'],
  codes: ['replace-blocked', 'replace-planned'],
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['field'],
    properties: { field: { enum: ['policy', 'snapshotResourceGroup'] } },
  },
  matrixPaths: () => [],
  run(subject, { options }, params) {
    const s = subject as BindingSubject;
    if (!s.instance) return NO_FAILURES;
    const byPolicy = params.field === 'policy';
    const actual = byPolicy ? s.instance.policyId : s.instance.snapshotResourceGroupId;
    const desired = byPolicy ? s.policy.id : s.snapshotResourceGroup.id;
    if (actual === undefined || sameText(actual, desired)) return NO_FAILURES;
    return [
      {
        code: options.allowReplace ? 'replace-planned' : 'replace-blocked',
        ...(options.allowReplace ? { severity: 'warning' as const } : {}),
        resourceId: s.instance.id,
        values: { actual, desired },
      },
    ];
  },
};
