/**
 * The restore request for a drill: AzureBackupRecoveryPointBasedRestoreRequest with an
 * ItemLevelRestoreTargetInfo and KubernetesClusterRestoreCriteria. The spec has no AKS restore example; the
 * shape is assembled from the schema as AZURE-FACTS.md §4.8 records it. `recoveryOption` FailIfExists is
 * the only value; existing resources are never deleted and missing namespaces are created (RST26).
 */
export interface DrillTarget {
  sourceClusterId: string;
  targetClusterId: string;
  targetClusterName: string;
  location: string;
  recoveryPointId: string;
  /** Namespaces to restore; empty or absent means every namespace of the recovery point. */
  namespaces?: readonly string[];
  /** Appended to each restored namespace so nothing lands on a production namespace. */
  namespaceSuffix: string;
}

/** source namespace → namespace in the target; only when there is a suffix and namespaces are named. */
export function namespaceMappings(
  namespaces: readonly string[] | undefined,
  suffix: string,
): Record<string, string> {
  if (!suffix || !namespaces) return {};
  return Object.fromEntries(namespaces.map((ns) => [ns, `${ns}${suffix}`.slice(0, 63)]));
}

export function restoreRequest(target: DrillTarget): unknown {
  const datasource = {
    datasourceType: 'Microsoft.ContainerService/managedClusters',
    resourceID: target.targetClusterId,
    resourceUri: target.targetClusterId,
    resourceName: target.targetClusterName,
    resourceType: 'Microsoft.ContainerService/managedclusters',
    resourceLocation: target.location,
  };
  const mappings = namespaceMappings(target.namespaces, target.namespaceSuffix);
  return {
    objectType: 'AzureBackupRecoveryPointBasedRestoreRequest',
    recoveryPointId: target.recoveryPointId,
    sourceDataStoreType: 'OperationalStore',
    sourceResourceId: target.sourceClusterId,
    restoreTargetInfo: {
      objectType: 'ItemLevelRestoreTargetInfo',
      recoveryOption: 'FailIfExists',
      restoreLocation: target.location,
      datasourceInfo: { objectType: 'Datasource', ...datasource },
      datasourceSetInfo: { objectType: 'DatasourceSet', ...datasource },
      restoreCriteria: [
        {
          objectType: 'KubernetesClusterRestoreCriteria',
          // Cluster-scoped resources would land on the target's, shared by every namespace: a drill leaves them.
          includeClusterScopeResources: false,
          ...(target.namespaces && target.namespaces.length > 0
            ? { includedNamespaces: [...target.namespaces] }
            : {}),
          persistentVolumeRestoreMode: 'RestoreWithVolumeData',
          conflictPolicy: 'Skip',
          ...(Object.keys(mappings).length > 0 ? { namespaceMappings: mappings } : {}),
        },
      ],
    },
  };
}

/**
 * A drill into the source cluster must rename every namespace it restores, or it would write into the
 * production ones: refuse before anything is sent.
 */
export function drillSafetyProblem(target: DrillTarget): string | undefined {
  if (target.sourceClusterId.toLowerCase() !== target.targetClusterId.toLowerCase()) return undefined;
  if (!target.namespaceSuffix)
    return 'the drill restores into the source cluster without a namespaceSuffix: it would overwrite production namespaces';
  if (!target.namespaces || target.namespaces.length === 0) {
    return 'the drill restores into the source cluster: name the namespaces to restore (restoreDrill.namespaces) so each can be mapped to a suffixed one';
  }
  return undefined;
}
