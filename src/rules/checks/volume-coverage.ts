import { matrixValue } from '../support-matrix.js';
import type { BindingSubject, PersistentVolumeFacts } from '../subjects.js';
import { sameText } from '../values.js';
import { listSome, NO_FAILURES, plural, type CheckDefinition } from './types.js';
import type { RuleFailure } from '../model.js';

/**
 * AKSB030. Azure skips what it cannot protect without failing the backup (SM23: "any unsupported
 * persistent volume type is skipped"), so skipped volumes surface only here. With no inventory the check
 * can still see `snapshotVolumes: false`, which silently drops every volume's data (Terraform's default,
 * AZURE-FACTS.md trap 11). Azure Files is portal-only in the 2026 matrix, so including it needs the
 * desired state's explicit `allowAzureFiles` opt-in.
 */
export const volumeCoverage: CheckDefinition = {
  name: 'volume-coverage',
  description: "the instance's volume settings can protect the cluster's persistent volumes",
  subjects: ['binding'],
  codes: ['snapshot-off', 'unsupported', 'not-included', 'files-not-allowed'],
  matrixPaths: () => ['volumes.supportedTypes', 'kubernetes.skippedNamespaces'],
  run(subject, { matrix, options }) {
    const s = subject as BindingSubject;
    const failures: RuleFailure[] = [];
    const included = s.backup.includedVolumeTypes;
    if (included.some((t) => sameText(t, 'AzureFileShareSMB')) && !options.allowAzureFiles) {
      failures.push({ code: 'files-not-allowed' });
    }
    const skipped = (matrixValue<string[]>(matrix, 'kubernetes.skippedNamespaces') ?? []).map((n) =>
      n.toLowerCase(),
    );
    const selected = s.persistentVolumes?.filter((pv) => isSelected(pv, s, skipped));
    if (!s.backup.snapshotVolumes) {
      if (selected === undefined || selected.length > 0) {
        failures.push({
          code: 'snapshot-off',
          values: {
            volumes: selected === undefined ? undefined : plural(selected.length, 'persistent volume'),
          },
        });
      }
      return failures.length > 0 ? failures : NO_FAILURES;
    }
    if (selected && selected.length > 0) {
      const supported = matrixValue<string[]>(matrix, 'volumes.supportedTypes') ?? [];
      const isSupported = (pv: PersistentVolumeFacts): boolean => supported.some((t) => sameText(t, pv.type));
      const unsupported = selected.filter((pv) => !isSupported(pv));
      const notIncluded = selected.filter(
        (pv) => isSupported(pv) && !included.some((t) => sameText(t, pv.type)),
      );
      if (unsupported.length > 0) {
        failures.push({
          code: 'unsupported',
          values: {
            count: plural(unsupported.length, 'persistent volume'),
            volumes: listSome(unsupported.map(describe)),
            supported,
          },
        });
      }
      if (notIncluded.length > 0) {
        failures.push({
          code: 'not-included',
          values: {
            count: plural(notIncluded.length, 'persistent volume'),
            volumes: listSome(notIncluded.map(describe)),
            included,
          },
        });
      }
    }
    return failures.length > 0 ? failures : NO_FAILURES;
  },
};

function isSelected(pv: PersistentVolumeFacts, s: BindingSubject, skipped: readonly string[]): boolean {
  const ns = pv.namespace?.toLowerCase();
  if (ns === undefined) return s.backup.includedNamespaces === undefined;
  if (skipped.includes(ns)) return false;
  if (s.backup.excludedNamespaces.some((e) => e.toLowerCase() === ns)) return false;
  return (
    s.backup.includedNamespaces === undefined ||
    s.backup.includedNamespaces.some((i) => i.toLowerCase() === ns)
  );
}

function describe(pv: PersistentVolumeFacts): string {
  return `${pv.namespace ? `${pv.namespace}/` : ''}${pv.name} (${pv.type})`;
}
