import { matrixValue } from '../support-matrix.js';
import type { BindingSubject } from '../subjects.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/**
 * AKSB022. An instance selects its `includedNamespaces`, or, without that list, every namespace of the
 * cluster except the excluded ones and the system namespaces AKS backup always skips (SM26). The second
 * case can only be counted when a namespace inventory is given.
 */
export const namespaceCount: CheckDefinition = {
  name: 'namespace-count',
  description: 'a backup instance selects at most the supported number of namespaces',
  subjects: ['binding'],
  codes: ['included', 'all'],
  matrixPaths: () => ['limits.namespacesPerInstance', 'kubernetes.skippedNamespaces'],
  run(subject, { matrix }) {
    const s = subject as BindingSubject;
    const limit = matrixValue<number | null>(matrix, 'limits.namespacesPerInstance');
    if (typeof limit !== 'number') return NO_FAILURES;
    if (s.backup.includedNamespaces) {
      const count = new Set(s.backup.includedNamespaces.map((n) => n.toLowerCase())).size;
      return count > limit ? [{ code: 'included', values: { count, limit } }] : NO_FAILURES;
    }
    if (!s.namespaces) return NO_FAILURES;
    const skipped = new Set(
      [
        ...(matrixValue<string[]>(matrix, 'kubernetes.skippedNamespaces') ?? []),
        ...s.backup.excludedNamespaces,
      ].map((n) => n.toLowerCase()),
    );
    const count = new Set(s.namespaces.map((n) => n.toLowerCase()).filter((n) => !skipped.has(n))).size;
    return count > limit ? [{ code: 'all', values: { count, limit } }] : NO_FAILURES;
  },
};
