import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { idParts, normaliseId, parentKey } from '../../src/estate/arm-id.js';
import { backupInstanceView } from '../../src/estate/views/backup-instance.js';

/** The definitions, written the plain way: split the whole id. */
function referenceParts(id: string): { subscriptionId?: string; resourceGroup?: string } {
  const segments = normaliseId(id).split('/');
  const parts: { subscriptionId?: string; resourceGroup?: string } = {};
  if (segments[1]?.toLowerCase() === 'subscriptions' && segments[2]) {
    parts.subscriptionId = segments[2].toLowerCase();
    if (segments[3]?.toLowerCase() === 'resourcegroups' && segments[4]) parts.resourceGroup = segments[4];
  }
  return parts;
}

function referenceParent(key: string, segment: string): string | undefined {
  const at = key.lastIndexOf(`/${segment}/`);
  return at > 0 ? key.slice(0, at) : undefined;
}

const segment = fc.oneof(
  fc.constantFrom(
    'subscriptions',
    'SUBSCRIPTIONS',
    'resourceGroups',
    'resourcegroups',
    'backupvaults',
    'backupinstances',
    's',
    'rg',
    '',
  ),
  fc.string({ maxLength: 4 }),
);
const path = fc
  .tuple(fc.array(segment, { maxLength: 9 }), fc.boolean(), fc.boolean())
  .map(([parts, lead, trail]) => `${lead ? '/' : ''}${parts.join('/')}${trail ? '/' : ''}`);

describe('ARM id parts', () => {
  it('finds subscription and resource group as splitting the whole id does, on any path', () => {
    fc.assert(
      fc.property(path, (id) => {
        expect(idParts(id)).toEqual(referenceParts(id));
      }),
      { numRuns: 3000 },
    );
    expect(idParts('/subscriptions/ABC/resourceGroups/Rg-1/providers/x/y/z')).toEqual({
      subscriptionId: 'abc',
      resourceGroup: 'Rg-1',
    });
  });

  it('finds the parent under a child segment as the plain search does', () => {
    fc.assert(
      fc.property(
        path,
        fc.constantFrom('backupvaults', 'backupinstances', 'recoverypoints', 's'),
        (key, child) => {
          expect(parentKey(key, child)).toBe(referenceParent(key, child));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('takes an instance vault from its id only when the id is in vault form', () => {
    const view = (id: string) =>
      backupInstanceView({ id, type: 'Microsoft.DataProtection/backupVaults/backupInstances' });
    const vault = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/v';
    expect(view(`${vault}/backupInstances/i`).vaultKey).toBe(vault.toLowerCase());
    // Routed through the cluster: no vault in the id, and none from a policy either here.
    const cluster =
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c';
    expect(view(`${cluster}/providers/Microsoft.DataProtection/backupInstances/i`).vaultKey).toBeUndefined();
    // A segment that only looks alike is not the vault segment.
    expect(view('/subscriptions/s/backupvaultsx/v/backupInstances/i').vaultKey).toBeUndefined();
    expect(view('/subscriptions/s/xbackupvaults/v/backupInstances/i').vaultKey).toBeUndefined();
  });
});
