import { describe, expect, it } from '@jest/globals';
import { backupInstanceName, roleAssignmentName, trustedAccessBindingName } from '../../src/plan/names.js';

// Names are a contract with what earlier versions created: a run after an upgrade must find the role
// assignments, bindings and instances the last run made, not create them again under new names.
describe('deterministic names', () => {
  it('stay what they have always been', () => {
    expect(roleAssignmentName('/subscriptions/s', 'b24988ac-6180-42a0-ab88-20f7382dd24c', 'p')).toBe(
      '42342ab5-3f15-56d4-8bc3-f92e8e0aef37',
    );
    expect(trustedAccessBindingName('/subscriptions/s/x')).toBe('aksbg-e10fe761a6a0a2fc');
  });

  it('ignore casing and are version 5 GUIDs with the RFC 4122 variant', () => {
    const name = roleAssignmentName('/Subscriptions/S', 'B24988AC-6180-42A0-AB88-20F7382DD24C', 'P');
    expect(name).toBe('42342ab5-3f15-56d4-8bc3-f92e8e0aef37');
    for (let i = 0; i < 200; i++) {
      expect(roleAssignmentName(`/subscriptions/${i}`, 'role', `principal-${i}`)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('give an instance a new name when what forces a replacement changes', () => {
    const name = (policy: string): string => backupInstanceName('aks-a', '/c', '/v', policy, '/rg');
    expect(name('daily')).toMatch(/^aks-a-[0-9a-f]{8}$/);
    expect(name('daily')).not.toBe(name('hourly'));
  });
});
