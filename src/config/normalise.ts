import { suggest } from '../util/suggest.js';
import type { Diagnostic } from './diagnostics.js';
import { parseDuration, type Duration } from './duration.js';
import {
  DEFAULT_BACKUP,
  DEFAULT_DRILL_SUFFIX,
  DEFAULT_TIME_ZONE,
  type BackupSettings,
  type ClusterSelector,
  type DesiredCluster,
  type DesiredPolicy,
  type DesiredState,
  type DesiredStorage,
  type DesiredVault,
  type Exemption,
  type RestoreDrill,
} from './model.js';
import { parseResourceId, type ResourceId, type ResourceKind } from './resource-id.js';
import { formatPath, type Path, type SourceMap } from './source-map.js';

/** The file's shape once the JSON Schema has accepted it. */
interface RawBackup {
  includedNamespaces?: string[];
  excludedNamespaces?: string[];
  includedResourceTypes?: string[];
  excludedResourceTypes?: string[];
  labelSelectors?: string[];
  includeClusterScopeResources?: boolean;
  snapshotVolumes?: boolean;
  includedVolumeTypes?: BackupSettings['includedVolumeTypes'];
}
interface RawPreUpgrade {
  maxRecoveryPointAge?: string;
}
interface RawCluster {
  id?: string;
  match?: ClusterSelector;
  vault?: string;
  storage?: string;
  policy?: string;
  snapshotResourceGroup?: string;
  backup?: RawBackup;
  preUpgrade?: RawPreUpgrade;
  restoreDrill?: { target?: string; namespaceSuffix?: string; namespaces?: string[] };
}
export interface RawConfig {
  version: 1;
  vaults?: Record<string, { id: string }>;
  storage?: Record<string, { account: string; container: string }>;
  policies?: Record<
    string,
    {
      schedule: { every: string; at?: string; timeZone?: string };
      retention: { operational: string; vault?: string };
    }
  >;
  defaults?: Omit<RawCluster, 'id' | 'match' | 'restoreDrill'>;
  clusters: RawCluster[];
  exemptions?: {
    rule: string;
    clusters?: string[];
    match?: ClusterSelector;
    reason: string;
    expires: string;
  }[];
  options?: { roleSet?: 'recommended' | 'minimal'; allowAzureFiles?: boolean };
}

/**
 * Turns a schema-valid file into the typed desired state, and runs every check that needs no Azure:
 * resource ids, durations, references between sections, duplicate clusters, contradictory settings.
 * Collects all problems before failing, so one run shows everything to fix.
 */
export function normalise(
  raw: RawConfig,
  sourceMap: SourceMap,
): { state?: DesiredState; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (path: Path, message: string, prefer: 'key' | 'value' = 'value'): void => {
    diagnostics.push({ ...sourceMap.locate(path, prefer), message });
  };
  const id = (path: Path, text: string, kind: ResourceKind): ResourceId | undefined => {
    const parsed = parseResourceId(text, kind);
    if (parsed.ok) return parsed.value;
    problem(path, `${formatPath(path)}: ${parsed.reason}`);
    return undefined;
  };
  const duration = (path: Path, text: string | undefined): Duration | undefined => {
    if (text === undefined) return undefined;
    const parsed = parseDuration(text);
    if (parsed.ok) return parsed.value;
    problem(path, `${formatPath(path)}: ${parsed.reason}`);
    return undefined;
  };

  const vaults = new Map<string, DesiredVault>();
  for (const [name, vault] of Object.entries(raw.vaults ?? {})) {
    const vaultId = id(['vaults', name, 'id'], vault.id, 'backupVault');
    if (vaultId) vaults.set(name, { name, id: vaultId, source: sourceMap.locate(['vaults', name], 'key') });
  }

  const storage = new Map<string, DesiredStorage>();
  for (const [name, entry] of Object.entries(raw.storage ?? {})) {
    const account = id(['storage', name, 'account'], entry.account, 'storageAccount');
    if (account) {
      storage.set(name, {
        name,
        account,
        container: entry.container,
        source: sourceMap.locate(['storage', name], 'key'),
      });
    }
  }

  const policies = new Map<string, DesiredPolicy>();
  for (const [name, policy] of Object.entries(raw.policies ?? {})) {
    const base: Path = ['policies', name];
    const every = duration([...base, 'schedule', 'every'], policy.schedule.every);
    const operational = duration([...base, 'retention', 'operational'], policy.retention.operational);
    const vaultRetention = duration([...base, 'retention', 'vault'], policy.retention.vault);
    if (!every || !operational || (policy.retention.vault !== undefined && !vaultRetention)) continue;
    policies.set(name, {
      name,
      schedule: {
        every,
        at: policy.schedule.at ?? '00:00',
        timeZone: policy.schedule.timeZone ?? DEFAULT_TIME_ZONE,
      },
      retention: { operational, ...(vaultRetention ? { vault: vaultRetention } : {}) },
      source: sourceMap.locate(base, 'key'),
    });
  }

  const defaults = raw.defaults ?? {};
  const defaultSnapshotGroup =
    defaults.snapshotResourceGroup !== undefined
      ? id(['defaults', 'snapshotResourceGroup'], defaults.snapshotResourceGroup, 'resourceGroup')
      : undefined;
  const defaultMaxAge = duration(
    ['defaults', 'preUpgrade', 'maxRecoveryPointAge'],
    defaults.preUpgrade?.maxRecoveryPointAge,
  );

  /** Resolves a name to its definition, with a located message naming what exists. */
  function resolve<T>(
    section: 'vaults' | 'storage' | 'policies',
    known: ReadonlyMap<string, T>,
    declared: Record<string, unknown> | undefined,
    name: string | undefined,
    entryPath: Path,
    key: 'vault' | 'storage' | 'policy',
  ): T | undefined {
    if (name === undefined) {
      problem(
        entryPath,
        `${formatPath(entryPath)} has no ${key}: set '${key}:' on the entry or 'defaults.${key}'`,
      );
      return undefined;
    }
    const found = known.get(name);
    if (found) return found;
    // Declared but invalid: its own error was reported already.
    if (declared && name in declared) return undefined;
    const usedAt: Path = entryPath[0] === 'defaults' ? ['defaults', key] : [...entryPath, key];
    const guess = suggest(name, Object.keys(declared ?? {}));
    const names = Object.keys(declared ?? {});
    problem(
      usedAt,
      `${formatPath(usedAt)} refers to ${key} '${name}', which is not defined under '${section}:'` +
        (guess ? `; did you mean '${guess}'?` : names.length > 0 ? ` (defined: ${names.join(', ')})` : ''),
    );
    return undefined;
  }

  // Report unknown names in defaults once, not once per cluster that inherits them.
  const defaultsPath: Path = ['defaults'];
  for (const key of ['vault', 'storage', 'policy'] as const) {
    const name = defaults[key];
    if (name === undefined) continue;
    const [section, known, declared] = sectionFor(key);
    if (!known.has(name)) resolve(section, known, declared, name, defaultsPath, key);
  }
  function sectionFor(
    key: 'vault' | 'storage' | 'policy',
  ): ['vaults' | 'storage' | 'policies', ReadonlyMap<string, unknown>, Record<string, unknown> | undefined] {
    if (key === 'vault') return ['vaults', vaults, raw.vaults];
    if (key === 'storage') return ['storage', storage, raw.storage];
    return ['policies', policies, raw.policies];
  }

  const clusters: DesiredCluster[] = [];
  const firstSeen = new Map<string, { index: number; line: number }>();
  raw.clusters.forEach((entry, index) => {
    const path: Path = ['clusters', index];
    const source = sourceMap.locate(path);
    if ((entry.id === undefined) === (entry.match === undefined)) {
      problem(
        path,
        `${formatPath(path)} must have exactly one of 'id' (one cluster) or 'match' (a selector)`,
      );
      return;
    }
    let target: DesiredCluster['target'] | undefined;
    if (entry.id !== undefined) {
      const clusterId = id([...path, 'id'], entry.id, 'managedCluster');
      if (clusterId) {
        const earlier = firstSeen.get(clusterId.key);
        if (earlier) {
          problem(
            [...path, 'id'],
            `${formatPath(path)} repeats the cluster of clusters[${earlier.index}] (line ${earlier.line}); a cluster may be listed once: merge the two entries`,
          );
          return;
        }
        firstSeen.set(clusterId.key, { index, line: source.line });
        target = { kind: 'id', id: clusterId };
      }
    } else if (entry.match) {
      target = { kind: 'selector', selector: entry.match };
    }

    const inherits = (key: 'vault' | 'storage' | 'policy'): string | undefined => entry[key] ?? defaults[key];
    const resolveEntry = <T>(key: 'vault' | 'storage' | 'policy'): T | undefined => {
      const name = inherits(key);
      const [section, known, declared] = sectionFor(key);
      // Unknown default names were reported once above.
      if (entry[key] === undefined && name !== undefined && !known.has(name)) return undefined;
      return resolve(section, known as ReadonlyMap<string, T>, declared, name, path, key);
    };
    const vault = resolveEntry<DesiredVault>('vault');
    const store = resolveEntry<DesiredStorage>('storage');
    const policy = resolveEntry<DesiredPolicy>('policy');

    let snapshotResourceGroup: ResourceId | undefined;
    if (entry.snapshotResourceGroup !== undefined) {
      snapshotResourceGroup = id(
        [...path, 'snapshotResourceGroup'],
        entry.snapshotResourceGroup,
        'resourceGroup',
      );
    } else if (defaults.snapshotResourceGroup !== undefined) {
      snapshotResourceGroup = defaultSnapshotGroup;
    } else {
      problem(
        path,
        `${formatPath(path)} has no snapshotResourceGroup: set it on the entry or in 'defaults' (it is fixed for the life of the backup instance)`,
      );
    }

    const backup = mergeBackup(defaults.backup, entry.backup);
    const contradictions = (backup.includedNamespaces ?? []).filter((ns) =>
      backup.excludedNamespaces.includes(ns),
    );
    if (contradictions.length > 0) {
      problem(
        [...path, 'backup'],
        `${formatPath([...path, 'backup'])} both includes and excludes namespace(s) ${contradictions.join(', ')}: keep each in one list`,
      );
    }

    const maxAge =
      entry.preUpgrade?.maxRecoveryPointAge !== undefined
        ? duration([...path, 'preUpgrade', 'maxRecoveryPointAge'], entry.preUpgrade.maxRecoveryPointAge)
        : defaultMaxAge;

    let restoreDrill: RestoreDrill | undefined;
    if (entry.restoreDrill) {
      const drill = entry.restoreDrill;
      const drillTarget =
        drill.target !== undefined
          ? id([...path, 'restoreDrill', 'target'], drill.target, 'managedCluster')
          : undefined;
      if (
        drillTarget &&
        target?.kind === 'id' &&
        drillTarget.key === target.id.key &&
        drill.namespaceSuffix === undefined
      ) {
        // Restoring into the source cluster without renaming namespaces would land on production ones.
        problem(
          [...path, 'restoreDrill', 'target'],
          `${formatPath([...path, 'restoreDrill'])} restores into the source cluster itself: set 'namespaceSuffix' (e.g. ${DEFAULT_DRILL_SUFFIX}) so production namespaces are never touched`,
        );
      }
      restoreDrill = {
        ...(drillTarget ? { target: drillTarget } : {}),
        namespaceSuffix: drill.namespaceSuffix ?? (drillTarget ? '' : DEFAULT_DRILL_SUFFIX),
        ...(drill.namespaces ? { namespaces: drill.namespaces } : {}),
      };
    }

    if (!target || !vault || !store || !policy || !snapshotResourceGroup) return;
    clusters.push({
      index,
      target,
      vault,
      storage: store,
      policy,
      policyId: `${vault.id.id}/backupPolicies/${policy.name}`,
      snapshotResourceGroup,
      backup,
      preUpgrade: maxAge ? { maxRecoveryPointAge: maxAge } : {},
      ...(restoreDrill ? { restoreDrill } : {}),
      source,
    });
  });

  const exemptions: Exemption[] = [];
  (raw.exemptions ?? []).forEach((entry, index) => {
    const path: Path = ['exemptions', index];
    const expiresAt = parseDay(entry.expires);
    if (!expiresAt) {
      problem(
        [...path, 'expires'],
        `${formatPath([...path, 'expires'])}: '${entry.expires}' is not a calendar date (YYYY-MM-DD)`,
      );
      return;
    }
    const clusterRefs: string[] = [];
    let refsOk = true;
    (entry.clusters ?? []).forEach((ref, i) => {
      if (ref.startsWith('/')) {
        const parsed = id([...path, 'clusters', i], ref, 'managedCluster');
        if (!parsed) refsOk = false;
        else clusterRefs.push(parsed.key);
      } else clusterRefs.push(ref.toLowerCase());
    });
    if (!refsOk) return;
    exemptions.push({
      index,
      rule: entry.rule,
      ...(entry.clusters ? { clusters: clusterRefs } : {}),
      ...(entry.match ? { selector: entry.match } : {}),
      reason: entry.reason,
      expires: entry.expires,
      expiresAt,
      source: sourceMap.locate(path),
    });
  });

  if (diagnostics.length > 0) return { diagnostics };
  return {
    diagnostics,
    state: {
      file: sourceMap.file,
      version: 1,
      vaults,
      storage,
      policies,
      clusters,
      exemptions,
      options: {
        roleSet: raw.options?.roleSet ?? 'recommended',
        allowAzureFiles: raw.options?.allowAzureFiles ?? false,
      },
      sourceMap,
    },
  };
}

function mergeBackup(defaults: RawBackup | undefined, entry: RawBackup | undefined): BackupSettings {
  const merged = { ...DEFAULT_BACKUP, ...stripUndefined(defaults ?? {}), ...stripUndefined(entry ?? {}) };
  return merged as BackupSettings;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The instant after the last day an exemption covers, or undefined for a date that does not exist. */
export function parseDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return new Date(date.getTime() + 86400_000);
}
