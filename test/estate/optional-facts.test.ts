import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/config/diagnostics.js';
import { buildEstate } from '../../src/estate/build-estate.js';
import { parseSnapshot } from '../../src/estate/load-snapshot.js';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { serialiseSnapshot } from '../../src/estate/write-snapshot.js';

/**
 * The snapshot's optional envelope fields: `kubernetesVersions` (what AKS answered per region) and
 * `unreadRecoveryPoints` (instances a plan's read left out). Old snapshots have neither and still load.
 */
const SUB = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const VAULT = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/bv`;
const INSTANCE = `${VAULT}/backupInstances/aks-a-1`;

const base: EstateSnapshot = {
  schemaVersion: 1,
  capturedAt: '2026-11-20T06:00:00Z',
  resources: [
    {
      id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-a`,
      type: 'Microsoft.ContainerService/managedClusters',
      location: 'westeurope',
    },
    { id: INSTANCE, type: 'Microsoft.DataProtection/backupVaults/backupInstances' },
  ],
  providers: { [SUB]: { 'Microsoft.ContainerService': 'Registered' } },
};

const full: EstateSnapshot = {
  ...base,
  kubernetesVersions: {
    westeurope: {
      values: [
        { capabilities: { supportPlan: ['KubernetesOfficial'] }, version: '1.32', isDefault: true },
        { capabilities: { supportPlan: ['KubernetesOfficial'] }, version: '1.34', isPreview: true },
        { capabilities: { supportPlan: ['AKSLongTermSupport'] }, version: '1.28' },
      ],
    },
    northeurope: { status: 403, error: { code: 'AuthorizationFailed', message: 'no access' } },
  },
  unreadRecoveryPoints: [INSTANCE.toUpperCase()],
};

function diagnostics(value: unknown): string[] {
  try {
    parseSnapshot('estate.json', JSON.stringify(value, null, 2));
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics.map((d) => d.message);
    throw error;
  }
  return [];
}

describe('optional snapshot facts', () => {
  it('load, and round-trip byte for byte in canonical order after providers', () => {
    const text = serialiseSnapshot(full);
    expect(serialiseSnapshot(parseSnapshot('estate.json', text))).toBe(text);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([
      'schemaVersion',
      'capturedAt',
      'resources',
      'providers',
      'kubernetesVersions',
      'unreadRecoveryPoints',
    ]);
    // A snapshot without them is written exactly as before.
    expect(Object.keys(JSON.parse(serialiseSnapshot(base)) as object)).toEqual([
      'schemaVersion',
      'capturedAt',
      'resources',
      'providers',
    ]);
  });

  it('are refused when malformed, at their place', () => {
    expect(diagnostics({ ...base, kubernetesVersions: { 'West Europe': { values: [] } } })).not.toEqual([]);
    expect(diagnostics({ ...base, kubernetesVersions: { westeurope: { status: 200 } } })).not.toEqual([]);
    expect(diagnostics({ ...base, kubernetesVersions: { westeurope: [] } })).not.toEqual([]);
    expect(diagnostics({ ...base, unreadRecoveryPoints: [42] })).not.toEqual([]);
    expect(diagnostics(full)).toEqual([]);
  });

  it('the estate answers per region in any spelling, and knows which instances were not read', () => {
    const estate = buildEstate(full);
    expect(estate.aksVersions('West Europe')).toEqual({
      location: 'westeurope',
      versions: [
        { version: '1.32', isPreview: false, supportPlans: ['KubernetesOfficial'] },
        { version: '1.34', isPreview: true, supportPlans: ['KubernetesOfficial'] },
        { version: '1.28', isPreview: false, supportPlans: ['AKSLongTermSupport'] },
      ],
    });
    expect(estate.aksVersions('northeurope')).toEqual({
      location: 'northeurope',
      unavailable: 'HTTP 403 AuthorizationFailed: no access',
    });
    expect(estate.aksVersions('eastus')).toBeUndefined();
    expect(estate.recoveryPointsRead(INSTANCE)).toBe(false);
    expect(estate.recoveryPointsRead(`${VAULT}/backupInstances/other`)).toBe(true);
    expect(buildEstate(base).recoveryPointsRead(INSTANCE)).toBe(true);
  });
});
