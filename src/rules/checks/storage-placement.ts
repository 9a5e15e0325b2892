import { matrixValue } from '../support-matrix.js';
import type { BindingSubject } from '../subjects.js';
import { normaliseText, sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';
import type { RuleFailure } from '../model.js';

/**
 * AKSB007. Region, kind and SKU are hard requirements (SM26, FAQ25). The subscription is required only by
 * the 2023 matrix and by `az dataprotection enable-backup` (CLI-AKS): the 2026 docs allow another
 * subscription, so a mismatch is a warning unless the matrix in use says otherwise.
 */
export const storagePlacement: CheckDefinition = {
  name: 'storage-placement',
  description:
    "the backup storage account is in the cluster's region (and subscription), general-purpose v2, not Premium",
  subjects: ['binding'],
  codes: ['region', 'subscription', 'kind', 'premium'],
  matrixPaths: () => [
    'storage.sameRegionRequired',
    'storage.sameSubscriptionRequired',
    'storage.accountKinds',
    'storage.premiumSupported',
  ],
  run(subject, { matrix }) {
    const s = subject as BindingSubject;
    const st = s.storage;
    const failures: RuleFailure[] = [];
    if (
      matrixValue(matrix, 'storage.sameRegionRequired') === true &&
      st.location !== undefined &&
      s.location !== undefined &&
      normaliseText(st.location) !== normaliseText(s.location)
    ) {
      failures.push({ code: 'region' });
    }
    if (
      st.subscriptionId !== undefined &&
      s.subscriptionId !== undefined &&
      !sameText(st.subscriptionId, s.subscriptionId)
    ) {
      const required = matrixValue(matrix, 'storage.sameSubscriptionRequired') === true;
      failures.push({ code: 'subscription', ...(required ? {} : { severity: 'warning' as const }) });
    }
    const kinds = matrixValue<string[]>(matrix, 'storage.accountKinds') ?? [];
    if (st.kind !== undefined && kinds.length > 0 && !kinds.some((k) => sameText(k, st.kind))) {
      failures.push({ code: 'kind', values: { allowedKinds: kinds } });
    }
    if (
      matrixValue(matrix, 'storage.premiumSupported') === false &&
      st.skuName !== undefined &&
      /^premium/i.test(st.skuName)
    ) {
      failures.push({ code: 'premium' });
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  },
};
