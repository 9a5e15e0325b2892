/**
 * The estate snapshot: what `export` writes, what `--estate` reads and what the test emulator serves.
 * `resources` are ARM resource documents exactly as ARM GET returns them (managed clusters, backup
 * vaults, backup policies, backup instances, recovery points, backup jobs, cluster extensions,
 * trusted-access role bindings, role assignments, storage accounts); beside them, provider registrations
 * and, optionally, the Kubernetes versions AKS offers per region. Live reads produce the same shape,
 * so everything downstream is built one way. Documented by schema/estate.schema.json; read with
 * loadSnapshot (load-snapshot.ts), written with writeSnapshot (write-snapshot.ts), turned into the
 * indexed Estate by buildEstate (build-estate.ts).
 */
export const ESTATE_SCHEMA_VERSION = 1;

/** An ARM resource document. Only `id` and `type` are relied on everywhere; the rest is per type. */
export interface ArmResource {
  id: string;
  name?: string;
  type: string;
  location?: string;
  tags?: Record<string, string>;
  identity?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Resource provider registration state per subscription and namespace: "Registered", "NotRegistered", … */
export type ProviderStates = Record<string, Record<string, string>>;

/**
 * ARM's answer to `GET /subscriptions/{s}/providers/Microsoft.ContainerService/locations/{location}/
 * kubernetesVersions` (AKSSPEC operation ManagedClusters_ListKubernetesVersions): either the 200 body
 * verbatim — a `KubernetesVersionListResult`, whose list is `values`, not ARM's usual `value` — or, when
 * the list could not be read (no permission, provider not registered), the HTTP status and the
 * CloudError's `error`, so the versions are known to be unknown rather than silently missing.
 */
export type KubernetesVersionsAnswer =
  { values: KubernetesVersionDocument[] } | { status: number; error: { code?: string; message?: string } };

/** One `KubernetesVersion` of the list (AKSSPEC): a major.minor release and its patches. Open, as ARM's. */
export interface KubernetesVersionDocument {
  /** major.minor: `1.32`. */
  version?: string;
  isDefault?: boolean;
  isPreview?: boolean;
  /** `supportPlan`: `KubernetesOfficial` and/or `AKSLongTermSupport`. */
  capabilities?: { supportPlan?: string[] };
  patchVersions?: Record<string, { upgrades?: string[] }>;
  [key: string]: unknown;
}

/** Backup policies and instances a vault holds, of every workload. */
export interface VaultCount {
  policies: number;
  instances: number;
}

/** Per lower-cased vault id. */
export type VaultCounts = Record<string, VaultCount>;

export interface EstateSnapshot {
  schemaVersion: typeof ESTATE_SCHEMA_VERSION;
  /** ISO 8601 instant the estate was read. */
  capturedAt: string;
  resources: ArmResource[];
  providers: ProviderStates;
  /**
   * The Kubernetes versions AKS supports, per region (ARM location name, `westeurope`) the estate's clusters
   * are in, as ARM answered. Optional: snapshots written before it was read load as "not known".
   */
  kubernetesVersions?: Record<string, KubernetesVersionsAnswer>;
  /**
   * Backup instances whose recovery points were deliberately not read (read-estate.ts `recoveryPoints`):
   * their latest recovery point is unknown, not absent. Omitted when every instance's were read.
   */
  unreadRecoveryPoints?: string[];
  /**
   * Backup policies and instances per vault (lower-cased id), of every workload: a live read takes only
   * AKS's documents, so this is how a vault shared with blobs, disks or databases shows its real size
   * (AKSB016). Optional: without it, the documents in `resources` are all the counts there are.
   */
  vaultCounts?: VaultCounts;
}

/** A snapshot but for its resources: what an estate is built from beside the documents themselves. */
export type SnapshotEnvelope = Omit<EstateSnapshot, 'resources'>;
