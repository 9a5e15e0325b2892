import { describe, expect, it } from '@jest/globals';
import { loadDesiredState, parseDesiredState } from '../../src/config/load.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

const EXAMPLE = repoPath('examples', 'aks-backup.yaml');

describe('loading the shipped example', () => {
  const state = loadDesiredState(EXAMPLE);

  it('keeps every section', () => {
    expect([...state.vaults.keys()]).toEqual(['weu', 'neu', 'dev-weu']);
    expect([...state.storage.keys()]).toEqual(['weu', 'neu', 'dev-weu', 'legacy']);
    expect([...state.policies.keys()]).toEqual(['every-4h-7d', 'daily-30d', 'daily-7d-vault-90d']);
    expect(state.clusters).toHaveLength(5);
    expect(state.exemptions).toHaveLength(2);
  });

  it('resolves defaults and names into what they refer to', () => {
    const legacy = state.clusters.find((c) => c.target.kind === 'id' && c.target.id.name === 'aks-legacy')!;
    expect(legacy.vault.name).toBe('weu');
    expect(legacy.policy.name).toBe('daily-30d');
    expect(legacy.storage.container).toBe('aks-backups');
    expect(legacy.policyId).toBe(`${legacy.vault.id.id}/backupPolicies/daily-30d`);
    expect(legacy.snapshotResourceGroup.name).toBe('rg-aks-snapshots-weu');
    expect(legacy.preUpgrade.maxRecoveryPointAge?.seconds).toBe(24 * 3600);
  });

  it('lets an entry override a default and merges backup settings key by key', () => {
    const prod = state.clusters[0]!;
    expect(prod.policy.name).toBe('every-4h-7d');
    expect(prod.preUpgrade.maxRecoveryPointAge?.iso).toBe('PT6H');
    expect(prod.backup.includedNamespaces).toEqual(['payments', 'orders', 'checkout']);
    // The entry's empty list replaces the default exclusions; the default booleans stay.
    expect(prod.backup.excludedNamespaces).toEqual([]);
    expect(prod.backup.snapshotVolumes).toBe(true);
    expect(prod.backup.includedVolumeTypes).toEqual(['AzureDisk']);
  });

  it('parses schedules and retention into seconds and ISO 8601', () => {
    const policy = state.policies.get('daily-7d-vault-90d')!;
    expect(policy.schedule.every.iso).toBe('P1D');
    expect(policy.schedule.at).toBe('01:00');
    expect(policy.schedule.timeZone).toBe('Coordinated Universal Time');
    expect(policy.retention.operational.seconds).toBe(7 * 86400);
    expect(policy.retention.vault?.iso).toBe('P90D');
  });

  it('keeps match selectors for the estate stage', () => {
    const selector = state.clusters.find((c) => c.target.kind === 'selector')!;
    expect(selector.target).toEqual({
      kind: 'selector',
      selector: {
        subscriptions: ['0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d'],
        locations: ['westeurope'],
        tags: { backup: 'required' },
      },
    });
    expect(selector.vault.name).toBe('dev-weu');
  });

  it('defaults a drill without a target to the source cluster under a -drill suffix', () => {
    const platform = state.clusters[1]!;
    expect(platform.restoreDrill).toEqual({
      namespaceSuffix: '-drill',
      namespaces: ['ingress-nginx', 'monitoring'],
    });
    const prod = state.clusters[0]!;
    expect(prod.restoreDrill?.target?.name).toBe('aks-drill-weu');
    expect(prod.restoreDrill?.namespaces).toEqual(['payments']);
  });

  it('records where each entry stands in the file', () => {
    const text = readRepoFile('examples', 'aks-backup.yaml').split('\n');
    for (const cluster of state.clusters) {
      const line = text[cluster.source.line - 1]!;
      expect(line).toMatch(/^\s+(- )?(id|match):/);
      expect(cluster.source.file).toBe(EXAMPLE);
    }
    const exemption = state.exemptions[0]!;
    expect(text[exemption.source.line - 1]).toContain('rule: AKSB007');
  });

  it('turns exemption dates into the first instant they stop applying', () => {
    expect(state.exemptions[0]!.expiresAt.toISOString()).toBe('2027-07-01T00:00:00.000Z');
    expect(state.exemptions[0]!.clusters).toEqual(['aks-legacy']);
    expect(state.exemptions[1]!.selector).toEqual({
      subscriptions: ['0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d'],
    });
  });

  it('uses the recommended role set and refuses Azure Files unless asked', () => {
    expect(state.options).toEqual({ roleSet: 'recommended', allowAzureFiles: false });
  });
});

describe('semantic checks', () => {
  const base = readRepoFile('test', 'fixtures', 'config', 'good', 'minimal.yaml');

  it('accepts CRLF line ends', () => {
    const state = parseDesiredState('crlf.yaml', base.replace(/\n/g, '\r\n'));
    expect(state.clusters).toHaveLength(1);
  });

  it('refuses a cluster entry with both id and match', () => {
    const text = base.replace(
      'managedClusters/aks-one',
      'managedClusters/aks-one\n    match: { locations: [westeurope] }',
    );
    expect(() => parseDesiredState('both.yaml', text)).toThrow(
      "exactly one of 'id' (one cluster) or 'match'",
    );
  });

  it('refuses a namespace both included and excluded', () => {
    const text = base.replace(
      'managedClusters/aks-one',
      'managedClusters/aks-one\n    backup: { includedNamespaces: [a, b], excludedNamespaces: [b] }',
    );
    expect(() => parseDesiredState('ns.yaml', text)).toThrow('both includes and excludes namespace(s) b');
  });

  it('refuses a drill into the source cluster without a namespace suffix', () => {
    const id = base.match(/- id: (\S+)/)![1];
    const text = base.replace(
      'managedClusters/aks-one',
      `managedClusters/aks-one\n    restoreDrill: { target: ${id} }`,
    );
    expect(() => parseDesiredState('drill.yaml', text)).toThrow("set 'namespaceSuffix'");
  });

  it('refuses an exemption date that does not exist', () => {
    const text = `${base}exemptions:\n  - { rule: AKSB007, reason: x, expires: "2027-02-30" }\n`;
    expect(() => parseDesiredState('date.yaml', text)).toThrow("'2027-02-30' is not a calendar date");
  });

  it('reports an unknown default once, not once per cluster', () => {
    const text = base
      .replace('policy: daily-30d,', 'policy: daily-3Od,')
      .replace(
        /(clusters:\n.*\n)/,
        '$1  - id: /subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-two\n',
      );
    try {
      parseDesiredState('defaults.yaml', text);
      throw new Error('expected an InputError');
    } catch (error) {
      const messages = (error as { diagnostics: { message: string; line: number }[] }).diagnostics;
      expect(messages).toHaveLength(1);
      expect(messages[0]!.message).toBe(
        "defaults.policy refers to policy 'daily-3Od', which is not defined under 'policies:'; did you mean 'daily-30d'?",
      );
      expect(messages[0]!.line).toBe(8);
    }
  });
});
