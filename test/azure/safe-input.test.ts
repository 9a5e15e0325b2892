import { describe, expect, it } from '@jest/globals';
import {
  UnsafeInputError,
  checkArmId,
  checkLocation,
  checkManagementGroupId,
  checkProviderNamespace,
  checkSubscriptionId,
  kqlDatetime,
  kqlString,
} from '../../src/azure/safe-input.js';

const SUB = '11111111-1111-4111-8111-111111111111';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod`;

describe('inputs that reach KQL, scopes and URLs', () => {
  it('accepts well-formed values', () => {
    expect(checkSubscriptionId(SUB.toUpperCase())).toBe(SUB);
    expect(checkManagementGroupId('mg-platform_(prod).1')).toBe('mg-platform_(prod).1');
    expect(checkArmId(CLUSTER)).toBe(CLUSTER);
    expect(checkProviderNamespace('Microsoft.DataProtection')).toBe('Microsoft.DataProtection');
    expect(kqlString('microsoft.containerservice/managedclusters')).toBe(
      "'microsoft.containerservice/managedclusters'",
    );
    expect(kqlDatetime(new Date('2026-05-01T00:00:00Z'))).toBe('datetime(2026-05-01T00:00:00.000Z)');
  });

  it.each([`${SUB}' | union Resources | where '1'=='1`, `${SUB}\n| project secrets`, 'not-a-guid', ''])(
    'refuses subscription %j',
    (value) => {
      expect(() => checkSubscriptionId(value)).toThrow(UnsafeInputError);
    },
  );

  it.each(["mg' or 1==1", 'mg/../../x', 'ends-with-dot.', 'a'.repeat(91), 'mg;drop', ''])(
    'refuses management group %j',
    (value) => {
      expect(() => checkManagementGroupId(value)).toThrow(UnsafeInputError);
    },
  );

  it.each([
    `${CLUSTER}' or '1'=='1`,
    `${CLUSTER}/../../../providers/Microsoft.Authorization/roleAssignments`,
    `${CLUSTER}?api-version=1`,
    `${CLUSTER}#x`,
    `${CLUSTER}%2F..`,
    `${CLUSTER} `,
    'https://evil.example/subscriptions/x',
    `/subscriptions/${SUB}`,
    '/providers/Microsoft.Management/managementGroups/mg',
  ])('refuses resource id %j', (value) => {
    expect(() => checkArmId(value)).toThrow(UnsafeInputError);
  });

  it.each(["a'b", 'a\\b', 'a|b', 'a;b', 'a\nb', 'a"b', 'a`b'])('refuses %j in a KQL literal', (value) => {
    expect(() => kqlString(value)).toThrow(UnsafeInputError);
  });

  it('takes location names, folding display names, and refuses anything else in a URL path', () => {
    expect(checkLocation('westeurope')).toBe('westeurope');
    expect(checkLocation('West Europe')).toBe('westeurope');
    expect(checkLocation('usgovvirginia')).toBe('usgovvirginia');
    for (const value of [
      'west-europe',
      'westeurope/../x',
      'westeurope?x=1',
      '',
      'x',
      '9west',
      'west%2Feurope',
    ]) {
      expect(() => checkLocation(value)).toThrow(UnsafeInputError);
    }
  });

  it('keeps long hostile input short in messages', () => {
    expect(() => checkSubscriptionId('x'.repeat(10_000))).toThrow(/^"x{80}…" is not a subscription id/);
  });
});
