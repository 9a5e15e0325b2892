import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { scopeAncestors } from '../../src/plan/roles.js';

/** The definition: the scope, its resource group and its subscription, counting non-empty segments. */
function reference(scope: string): string[] {
  let key = scope.trim().toLowerCase();
  if (!key.startsWith('/')) key = `/${key}`;
  while (key.length > 1 && key.endsWith('/')) key = key.slice(0, -1);
  const parts = key.split('/').filter((p) => p !== '');
  const found = [key];
  if (parts.length >= 4 && parts[2] === 'resourcegroups') found.push(`/${parts.slice(0, 4).join('/')}`);
  if (parts.length >= 2) found.push(`/${parts.slice(0, 2).join('/')}`);
  return [...new Set(found)];
}

describe('scopeAncestors', () => {
  it('gives a resource, its resource group and its subscription', () => {
    expect(
      scopeAncestors('/subscriptions/S/resourceGroups/RG/providers/Microsoft.Storage/storageAccounts/st'),
    ).toEqual([
      '/subscriptions/s/resourcegroups/rg/providers/microsoft.storage/storageaccounts/st',
      '/subscriptions/s/resourcegroups/rg',
      '/subscriptions/s',
    ]);
    expect(scopeAncestors('/subscriptions/s/resourceGroups/rg')).toEqual([
      '/subscriptions/s/resourcegroups/rg',
      '/subscriptions/s',
    ]);
    expect(scopeAncestors('/subscriptions/s')).toEqual(['/subscriptions/s']);
    expect(scopeAncestors('/')).toEqual(['/']);
  });

  it('agrees with the definition on any path, empty segments and odd casing included', () => {
    const segment = fc.oneof(
      fc.constantFrom('subscriptions', 'resourceGroups', 'RESOURCEGROUPS', 's', 'rg', 'providers', ''),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), fc.boolean(), (parts, lead, trail) => {
        const scope = `${lead ? '/' : ''}${parts.join('/')}${trail ? '/' : ''}`;
        expect(scopeAncestors(scope)).toEqual(reference(scope));
      }),
      { numRuns: 2000 },
    );
  });
});
