import { describe, expect, it } from '@jest/globals';
import { CONTAINER_NAME, parseResourceId } from '../../src/config/resource-id.js';

const SUB = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-one`;

describe('parseResourceId', () => {
  it('parses a cluster id and keeps a lower-cased key for case-insensitive lookups', () => {
    const result = parseResourceId(CLUSTER, 'managedCluster');
    expect(result).toEqual({
      ok: true,
      value: {
        id: CLUSTER,
        key: CLUSTER.toLowerCase(),
        subscriptionId: SUB,
        resourceGroup: 'rg-aks',
        name: 'aks-one',
        kind: 'managedCluster',
      },
    });
  });

  it('accepts the lower-cased literals az CLI and Resource Graph print', () => {
    const lower = CLUSTER.toLowerCase();
    expect(parseResourceId(lower, 'managedCluster').ok).toBe(true);
  });

  it('parses vaults, storage accounts and resource groups', () => {
    expect(
      parseResourceId(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/bv-weu`,
        'backupVault',
      ).ok,
    ).toBe(true);
    expect(
      parseResourceId(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stabc123`,
        'storageAccount',
      ).ok,
    ).toBe(true);
    expect(parseResourceId(`/subscriptions/${SUB}/resourceGroups/rg-snap.shots(1)`, 'resourceGroup').ok).toBe(
      true,
    );
  });

  it.each([
    ['a single quote (KQL string break-out)', `${CLUSTER}'`, 'a single quote'],
    ['a double quote', `${CLUSTER}"`, 'a double quote'],
    ['a pipe (KQL operator)', `${CLUSTER}|where`, "'|'"],
    ['a query string', `${CLUSTER}?api-version=1`, "'?'"],
    ['a fragment', `${CLUSTER}#x`, "'#'"],
    ['percent-encoding', `${CLUSTER}%2F..`, "'%'"],
    ['a space', `${CLUSTER} x`, 'a space'],
    ['a newline', `${CLUSTER}\nx`, 'a control character'],
    ['a semicolon', `${CLUSTER};drop`, "';'"],
    ['a backslash', `${CLUSTER}\\x`, "'\\'"],
  ])('refuses %s and names the character', (_label, text, named) => {
    const result = parseResourceId(text, 'managedCluster');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(named);
      expect(result.reason).toContain(`position ${CLUSTER.length + 1}`);
    }
  });

  it.each([
    ['no leading slash', CLUSTER.slice(1), "starts with '/'"],
    ['not a GUID', CLUSTER.replace(SUB, 'prod'), "'prod' is not a subscription id"],
    [
      'a virtual machine',
      CLUSTER.replace('Microsoft.ContainerService/managedClusters', 'Microsoft.Compute/virtualMachines'),
      'found Microsoft.Compute/virtualMachines',
    ],
    ['extra segments', `${CLUSTER}/agentPools/np1`, 'extra segments'],
    ['an empty segment', CLUSTER.replace('/resourceGroups/', '/resourceGroups//'), 'empty segment'],
    [
      'a cluster name ending in a hyphen',
      CLUSTER.replace('aks-one', 'aks-'),
      "'aks-' is not a valid AKS cluster name",
    ],
    [
      'a resource group ending in a dot',
      CLUSTER.replace('rg-aks', 'rg.'),
      "'rg.' is not a valid resource group name",
    ],
  ])('refuses %s', (_label, text, expected) => {
    const result = parseResourceId(text, 'managedCluster');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(expected);
  });

  it('refuses a storage account name with capitals, as Azure does', () => {
    const result = parseResourceId(
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/StBackup`,
      'storageAccount',
    );
    expect(result.ok).toBe(false);
  });

  it('refuses a vault id given where a cluster id is expected', () => {
    const vault = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/bv`;
    expect(parseResourceId(vault, 'managedCluster').ok).toBe(false);
  });
});

describe('container names', () => {
  it.each(['aks-backups', 'abc', 'a1-b2-c3'])('accepts %s', (name) =>
    expect(CONTAINER_NAME.test(name)).toBe(true),
  );
  it.each(['ab', 'Aks', 'a--b', '-ab', 'ab-', 'a'.repeat(64)])('refuses %s', (name) =>
    expect(CONTAINER_NAME.test(name)).toBe(false),
  );
});
