/**
 * The estate snapshot: what `export` writes, what `--estate` reads and what the test emulator serves.
 * `resources` are ARM resource documents exactly as ARM GET returns them (managed clusters, backup
 * vaults, backup policies, backup instances, recovery points, backup jobs, cluster extensions,
 * trusted-access role bindings, role assignments, storage accounts). Live reads produce the same shape,
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

export interface EstateSnapshot {
  schemaVersion: typeof ESTATE_SCHEMA_VERSION;
  /** ISO 8601 instant the estate was read. */
  capturedAt: string;
  resources: ArmResource[];
  providers: ProviderStates;
}
