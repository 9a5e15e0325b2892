import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { InputError } from '../config/diagnostics.js';
import { idKey } from './arm-id.js';
import { printJsonEntries } from './canonical-json.js';
import type { ArmResource, EstateSnapshot } from './snapshot.js';
import { byCodeUnit } from '../util/order.js';

/**
 * The snapshot as `export` writes it: envelope keys in the documented order (schemaVersion, capturedAt,
 * resources, providers, then the optional kubernetesVersions, unreadRecoveryPoints and vaultCounts when present),
 * resources sorted by lower-cased id, every key inside sorted (canonical-json.ts). Serialising what
 * loadSnapshot read gives back the same bytes, so exporting an unchanged estate twice produces identical
 * files and a diff of two exports shows only what changed in Azure.
 */
export function serialiseSnapshot(snapshot: EstateSnapshot): string {
  return printJsonEntries([
    ['schemaVersion', snapshot.schemaVersion],
    ['capturedAt', snapshot.capturedAt],
    ['resources', sortResources(snapshot.resources)],
    ['providers', snapshot.providers],
    // Optional: printJsonEntries leaves out what is undefined.
    ['kubernetesVersions', snapshot.kubernetesVersions],
    [
      'unreadRecoveryPoints',
      snapshot.unreadRecoveryPoints && [...snapshot.unreadRecoveryPoints].sort(byIdKey),
    ],
    ['vaultCounts', snapshot.vaultCounts],
  ]);
}

function byIdKey(a: string, b: string): number {
  return byCodeUnit(idKey(a), idKey(b));
}

/** By lower-cased id, compared by code unit (locale-independent); equal keys keep their order. */
export function sortResources(resources: readonly ArmResource[]): ArmResource[] {
  return resources
    .map((resource) => ({ key: idKey(resource.id), resource }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map(({ resource }) => resource);
}

/**
 * Writes through a temporary file and a rename, so a reader never sees half a snapshot and an
 * interrupted export leaves the previous file intact.
 */
export function writeSnapshot(file: string, snapshot: EstateSnapshot): void {
  const text = serialiseSnapshot(snapshot);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (error as Error).message;
    throw new InputError([{ file, message: `the estate snapshot cannot be written: ${reason}` }]);
  }
}
