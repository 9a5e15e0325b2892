import { matrixValue } from '../support-matrix.js';
import type { ClusterSubject } from '../subjects.js';
import { compareVersions, minorOf, parseVersion } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';

/**
 * AKSB002. Azure Backup for AKS supports the Kubernetes versions AKS supports (SM26): the cluster's
 * major.minor must be among those AKS lists for its region (`aksSupportedVersions`), and at least the
 * support matrix's fixed floor when one is set (`kubernetes.minimumVersion`: 1.22 in SM23, none since).
 * When the region's list was asked for but Azure refused it (`aksVersionsUnavailable`), the rule says
 * at info severity that it could not check: silence would read as "supported". With neither fact (no
 * estate, a snapshot written before the lists were read) it stays silent, as every rule does.
 */
export const kubernetesVersion: CheckDefinition = {
  name: 'kubernetes-version',
  description:
    "the cluster's Kubernetes minor version is one AKS supports in its region (and the matrix's floor)",
  subjects: ['cluster'],
  codes: ['unsupported', 'unknown'],
  matrixPaths: () => ['kubernetes.minimumVersion'],
  run(subject, { matrix }) {
    const s = subject as ClusterSubject;
    if (s.kubernetesVersion === undefined) return NO_FAILURES;
    const floor = matrixValue<string | null>(matrix, 'kubernetes.minimumVersion');
    const list = s.aksSupportedVersions;
    const hasFloor = floor !== null && floor !== undefined;
    if (!hasFloor && list === undefined) {
      return s.aksVersionsUnavailable === undefined
        ? NO_FAILURES
        : [{ code: 'unknown', severity: 'info', values: { reason: s.aksVersionsUnavailable } }];
    }
    const version = parseVersion(s.kubernetesVersion);
    if (!version) {
      return [
        { code: 'unsupported', values: { reasons: `'${s.kubernetesVersion}' is not a version like 1.31.2` } },
      ];
    }
    const reasons: string[] = [];
    const limit = hasFloor ? parseVersion(String(floor)) : undefined;
    if (limit && compareVersions(version, limit) < 0) {
      reasons.push(
        `${s.kubernetesVersion} is older than ${String(floor)} (support matrix kubernetes.minimumVersion)`,
      );
    }
    if (list !== undefined) {
      const listed = list.map((v) => parseVersion(v)).filter((v) => v !== undefined);
      if (!listed.some((v) => v[0] === version[0] && v[1] === version[1])) {
        reasons.push(
          `${minorOf(version)} is not among the supported versions ${list.join(', ')}${s.location ? ` that AKS offers in ${s.location}` : ''}`,
        );
      }
    } else if (reasons.length === 0 && s.aksVersionsUnavailable !== undefined) {
      return [{ code: 'unknown', severity: 'info', values: { reason: s.aksVersionsUnavailable } }];
    }
    return reasons.length > 0
      ? [{ code: 'unsupported', values: { reasons: reasons.join('; ') } }]
      : NO_FAILURES;
  },
};
