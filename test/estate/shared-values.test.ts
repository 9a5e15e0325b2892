import { describe, expect, it } from '@jest/globals';
import { buildEstate } from '../../src/estate/build-estate.js';
import { asStringMap, asStrings } from '../../src/estate/read-fields.js';
import { sharedList, sharedMap, sharedString } from '../../src/estate/shared-values.js';
import type { ArmResource } from '../../src/estate/snapshot.js';

/** A string equal to `text` but not the same object (as JSON.parse makes one per document). */
const fresh = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

describe('values documents repeat are kept once', () => {
  it('gives the first copy of a string back for later equal ones', () => {
    const first = sharedString(fresh('OperationalStore'));
    expect(sharedString(fresh('OperationalStore'))).toBe(first);
    expect(sharedString(undefined)).toBeUndefined();
  });

  it('shares equal lists, frozen, and keeps different ones apart', () => {
    const a = sharedList([fresh('AzureDisk'), fresh('AzureFileShareSMB')]);
    expect(sharedList(['AzureDisk', 'AzureFileShareSMB'])).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => (a as string[]).push('x')).toThrow(TypeError);
    expect(sharedList(['AzureFileShareSMB', 'AzureDisk'])).not.toBe(a);
    expect(sharedList([])).toEqual([]);
  });

  it('never lets two different lists meet under one key, even with NUL in an item', () => {
    const joined = sharedList(['a\u0000b']);
    const split = sharedList(['a', 'b']);
    expect(joined).toEqual(['a\u0000b']);
    expect(split).toEqual(['a', 'b']);
    expect(Object.isFrozen(joined)).toBe(true);
  });

  it('shares string maps made from the same document map, frozen, keys in order', () => {
    const tags = { env: 'prod', backup: 'required', count: 3, none: null };
    const first = asStringMap(JSON.parse(JSON.stringify(tags)));
    expect(first).toEqual({ env: 'prod', backup: 'required', count: '3' });
    expect(Object.keys(first)).toEqual(['env', 'backup', 'count']);
    expect(asStringMap(JSON.parse(JSON.stringify(tags)))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(asStringMap({ env: 'dev' })).not.toBe(first);
    expect(asStringMap(undefined)).toEqual({});
    // Own data, not the prototype: a `__proto__` key written in a document stays a key.
    const hostile = asStringMap(JSON.parse('{"__proto__": "x"}'));
    expect(Object.keys(hostile)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
  });

  it('builds a map once per key', () => {
    let made = 0;
    const make = () => {
      made++;
      return { a: fresh('a value longer than nine') };
    };
    const first = sharedMap('test-key-once', make);
    expect(sharedMap('test-key-once', make)).toBe(first);
    expect(made).toBe(1);
  });

  it('lets views of different documents hold the same list and map', () => {
    const vault =
      '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/v';
    const point = (n: number): ArmResource =>
      JSON.parse(
        JSON.stringify({
          id: `${vault}/backupInstances/i/recoveryPoints/p${n}`,
          name: `p${n}`,
          type: 'Microsoft.DataProtection/backupVaults/backupInstances/recoveryPoints',
          properties: {
            recoveryPointTime: '2026-11-20T01:00:00Z',
            policyName: 'daily-30d-policy',
            recoveryPointDataStoresDetails: [{ type: 'OperationalStore' }],
          },
        }),
      ) as ArmResource;
    const estate = buildEstate({
      schemaVersion: 1,
      capturedAt: '2026-11-20T06:00:00Z',
      resources: [point(1), point(2)],
      providers: {},
    });
    const [a, b] = estate.recoveryPoints;
    expect(a!.dataStoreTypes).toEqual(['OperationalStore']);
    expect(b!.dataStoreTypes).toBe(a!.dataStoreTypes);
    expect(b!.policyName).toBe(a!.policyName);
    expect(asStrings(['x', 1, 'y'])).toEqual(['x', 'y']);
  });
});
