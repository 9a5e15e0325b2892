import { describe, expect, it } from '@jest/globals';
import { PHASE } from '../../src/plan/model.js';
import { backupInstanceName } from '../../src/plan/names.js';
import { changesFor, props, resource, ROLE, roleAssignment, scenario, summary } from './scenario.js';

const SUB_PROD = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const SUB_DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';

describe('the plan of the shipped example', () => {
  const { plan, snapshot } = scenario();

  it('binds the listed clusters and the dev clusters the selector matches', () => {
    expect(plan.bindings.map((b) => `${b.clusterName}${b.viaSelector ? ' (selector)' : ''}`)).toEqual([
      'aks-prod-weu',
      'aks-platform-weu',
      'aks-prod-neu',
      'aks-legacy',
      'aks-dev-team-a (selector)',
      'aks-dev-team-b (selector)',
      'aks-dev-team-c (selector)',
    ]);
  });

  it('installs what is missing and changes nothing that already matches', () => {
    const acting = summary(plan);
    // aks-dev-team-c has no backup extension, aks-prod-neu's is Failed; b, c and legacy have no trusted
    // access to their vault.
    expect(acting.filter((l) => !l.includes('roleAssignment'))).toEqual([
      'create extension aks-dev-team-c/azure-aks-backup',
      'update extension aks-prod-neu/azure-aks-backup',
      `create trustedAccessBinding aks-dev-team-b/${changesFor(plan, 'trustedAccessBinding', 'aks-dev-team-b')[0]!.id.split('/').pop()}`,
      `create trustedAccessBinding aks-dev-team-c/${changesFor(plan, 'trustedAccessBinding', 'aks-dev-team-c')[0]!.id.split('/').pop()}`,
      `create trustedAccessBinding aks-legacy/${changesFor(plan, 'trustedAccessBinding', 'aks-legacy')[0]!.id.split('/').pop()}`,
      'create backupInstance aks-dev-team-b/' +
        changesFor(plan, 'backupInstance', 'aks-dev-team-b')[0]!.id.split('/').pop(),
      'create backupInstance aks-dev-team-c/' +
        changesFor(plan, 'backupInstance', 'aks-dev-team-c')[0]!.id.split('/').pop(),
      'update backupInstance aks-prod-neu/aks-prod-neu-7c1d2e3f',
      'create backupInstance aks-legacy/' +
        changesFor(plan, 'backupInstance', 'aks-legacy')[0]!.id.split('/').pop(),
    ]);
  });

  it('updates the backup configuration in place, with the attribute that changes', () => {
    const [update] = changesFor(plan, 'backupInstance', 'aks-prod-neu');
    expect(update!.action).toBe('update');
    // The estate's instance backs up two namespaces; the config entry names none, meaning all.
    expect(update!.reasons).toEqual(['includedNamespaces: [payments, orders] → (all)']);
  });

  it('re-applies a Failed extension with a PUT of the whole extension, its settings kept', () => {
    // All but the tenant, which the service sets itself from the caller.
    const [repair] = changesFor(plan, 'extension', 'aks-prod-neu');
    expect(repair!.action).toBe('update');
    expect(repair!.method).toBe('PUT');
    expect(repair!.reasons).toEqual(['provisioningState Failed: re-apply the extension']);
    const extension = resource(
      snapshot,
      '/aks-prod-neu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
    );
    const body = repair!.body as { properties: Record<string, unknown> };
    expect(body.properties).toEqual({
      extensionType: 'microsoft.dataprotection.kubernetes',
      autoUpgradeMinorVersion: true,
      releaseTrain: 'stable',
      scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
      configurationSettings: Object.fromEntries(
        Object.entries(props(extension).configurationSettings as Record<string, string>).filter(
          ([key]) => key !== 'credentials.tenantId',
        ),
      ),
    });
  });

  it('leaves a needed replacement out without allow-replace (rule AKSB014 explains it)', () => {
    // aks-platform-weu's instance keeps its snapshots in rg-platform-snapshots-weu; the config wants the default group.
    expect(changesFor(plan, 'backupInstance', 'aks-platform-weu')).toEqual([]);
  });

  it('orders changes by dependency: extension, trusted access, roles, policy, instance', () => {
    const phases = plan.changes.map((c) => c.phase);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(plan.changes[0]!.phase).toBe(PHASE.extension);
  });

  it('plans the extension identity role against the extension it installs ("known after apply")', () => {
    const storageRole = changesFor(plan, 'roleAssignment', 'aks-dev-team-c').find((c) =>
      c.reasons[0]!.startsWith('Storage Blob Data Contributor'),
    )!;
    expect(storageRole.principal).toEqual({
      kind: 'extension',
      clusterId: expect.stringContaining('aks-dev-team-c'),
    });
    expect(storageRole.reasons[0]).toContain('(known after apply)');
  });

  it('is the same plan when computed twice: names and digest are deterministic', () => {
    const first = scenario();
    const again = scenario();
    expect(again.plan.changes.map((c) => c.id)).toEqual(plan.changes.map((c) => c.id));
    expect(again.estateDigest).toBe(first.estateDigest);
    expect(first.estateDigest).toMatch(/^views2-sha256:[0-9a-f]{64}$/);
  });
});

describe('replacements', () => {
  it('with allow-replace, replaces an instance whose snapshot group must change, under a new name', () => {
    const { plan } = scenario({ allowReplace: true });
    const [replace] = changesFor(plan, 'backupInstance', 'aks-platform-weu');
    expect(replace!.action).toBe('replace');
    expect(replace!.reasons).toEqual([
      'snapshotResourceGroup: rg-platform-snapshots-weu → rg-aks-snapshots-weu (forces replacement)',
    ]);
    expect(replace!.replaces).toMatch(/backupInstances\/aks-platform-weu-aks-platform-weu-8e0b6f52/);
    expect(replace!.id).not.toBe(replace!.replaces);
  });

  it('a new policy for an existing instance forces a replacement', () => {
    const { plan } = scenario({
      allowReplace: true,
      config: (text) =>
        text.replace(
          '    policy: every-4h-7d\n    backup:\n      includedNamespaces: [payments, orders, checkout]',
          '    policy: daily-30d\n    backup:\n      includedNamespaces: [payments, orders, checkout]',
        ),
    });
    const [replace] = changesFor(plan, 'backupInstance', 'aks-prod-weu');
    expect(replace!.action).toBe('replace');
    expect(replace!.reasons[0]).toBe('policyId: every-4h-7d → daily-30d (forces replacement)');
    const binding = plan.bindings.find((b) => b.clusterName === 'aks-prod-weu')!;
    expect(replace!.id.split('/').pop()).toBe(
      backupInstanceName(
        'aks-prod-weu',
        binding.clusterId,
        binding.desired.vault.id.id,
        'daily-30d',
        binding.desired.snapshotResourceGroup.id,
      ),
    );
    expect(replace!.replaces).toMatch(/backupInstances\/aks-prod-weu-1f3a9c2e$/);
  });
});

describe('policies', () => {
  it('treats the same schedule written another way as no change', () => {
    // Every 4 hours from 08:00 on another day is every 4 hours from 00:00; Terraform names the rule BackupIntervals.
    const { plan } = scenario({
      estate: (snapshot) => {
        const policy = props(resource(snapshot, 'bv-aks-weu/backupPolicies/every-4h-7d'));
        policy.policyRules[0].trigger.schedule.repeatingTimeIntervals = ['R/2023-01-04T08:00:00+00:00/PT4H'];
        policy.policyRules[0].name = 'BackupIntervals';
      },
    });
    const policies = changesFor(plan, 'backupPolicy');
    expect(policies.every((p) => p.action === 'noop')).toBe(true);
    expect(plan.findings.filter((f) => f.ruleId === 'PLAN004')).toEqual([]);
  });

  it('sees a different phase as a different schedule (09:00 every 4h runs at 01:00, not 00:00)', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        const policy = props(resource(snapshot, 'bv-aks-weu/backupPolicies/every-4h-7d'));
        policy.policyRules[0].trigger.schedule.repeatingTimeIntervals = ['R/2023-01-04T09:00:00+00:00/PT4H'];
      },
    });
    expect(plan.findings.find((f) => f.ruleId === 'PLAN004')!.message).toContain(
      'schedule: starts at 01:00 → 00:00 (UTC)',
    );
  });

  it('reuses an equivalent policy that exists under another name instead of duplicating it', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        const policy = resource(snapshot, 'bv-aks-dev-weu/backupPolicies/daily-30d');
        policy.id = policy.id.replace(/daily-30d$/, 'AKSBackupPolicy-Month');
        policy.name = 'AKSBackupPolicy-Month';
      },
    });
    const reused = changesFor(plan, 'backupPolicy').find((p) => p.id.endsWith('AKSBackupPolicy-Month'))!;
    expect(reused.action).toBe('noop');
    expect(reused.reasons).toEqual(["reused for 'daily-30d': same schedule and retention"]);
    expect(changesFor(plan, 'backupPolicy').some((p) => p.action === 'create')).toBe(false);
    // New instances in that vault use the reused policy.
    const instance = changesFor(plan, 'backupInstance', 'aks-dev-team-b')[0]!;
    expect(JSON.stringify(instance.body)).toContain('backupPolicies/AKSBackupPolicy-Month');
  });

  it('never rewrites a policy whose rules drifted: it says to use a new name', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        const policy = props(resource(snapshot, 'bv-aks-weu/backupPolicies/every-4h-7d'));
        policy.policyRules[0].trigger.schedule.repeatingTimeIntervals = ['R/2024-01-01T00:00:00+00:00/PT8H'];
      },
    });
    expect(
      changesFor(plan, 'backupPolicy').filter((p) => p.id.endsWith('every-4h-7d') && p.action !== 'noop'),
    ).toEqual([]);
    const drift = plan.findings.filter((f) => f.ruleId === 'PLAN004');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.message).toContain('schedule: every 8h → 4h');
    expect(drift[0]!.message).toContain('give the new definition a new name');
  });

  it('creates a policy the vault lacks, with a start time and the vault-tier copy it asks for', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        snapshot.resources = snapshot.resources.filter(
          (r) => !r.id.toLowerCase().endsWith('bv-aks-weu/backuppolicies/daily-7d-vault-90d'),
        );
      },
    });
    const created = changesFor(plan, 'backupPolicy').find((p) => p.action === 'create')!;
    expect(created.id).toMatch(/bv-aks-weu\/backupPolicies\/daily-7d-vault-90d$/);
    const body = JSON.stringify(created.body);
    expect(body).toContain('"repeatingTimeIntervals":["R/2024-01-01T01:00:00+00:00/P1D"]');
    expect(body).toContain('"dataStoreType":"VaultStore"');
    expect(body).toContain('"duration":"P90D"');
  });
});

describe('extension, trusted access, providers', () => {
  it("ignores settings the service added; changes only this tool's storage location keys", () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        const ext = props(
          resource(
            snapshot,
            'aks-prod-weu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
          ),
        );
        ext.configurationSettings['credentials.tenantId'] = 'added-by-the-service';
        ext.configurationSettings['configuration.backupStorageLocation.bucket'] = 'old-container';
      },
    });
    const [update] = changesFor(plan, 'extension', 'aks-prod-weu');
    expect(update!.action).toBe('update');
    expect(update!.reasons).toEqual(['bucket: old-container → aks-backups']);
  });

  it('matches a trusted-access binding by its source vault, never by its name (trap 13)', () => {
    const bindingOf = (snapshot: Parameters<typeof resource>[0]) =>
      snapshot.resources.find(
        (r) =>
          /aks-prod-weu\/trustedAccessRoleBindings\//i.test(r.id) &&
          /backupVaults\/bv-aks-weu$/i.test(props(r).sourceResourceId),
      )!;
    const renamed = scenario({
      estate: (snapshot) => {
        const binding = bindingOf(snapshot);
        binding.id = binding.id.replace(/[^/]+$/, 'named-by-hand');
        binding.name = 'named-by-hand';
      },
    });
    expect(
      changesFor(renamed.plan, 'trustedAccessBinding', 'aks-prod-weu').map((c) => [
        c.action,
        c.id.split('/').pop(),
      ]),
    ).toEqual([['noop', 'named-by-hand']]);
    const otherSource = scenario({
      estate: (snapshot) => {
        props(bindingOf(snapshot)).sourceResourceId =
          '/subscriptions/x/resourceGroups/y/providers/Microsoft.DataProtection/backupVaults/someone-elses';
      },
    });
    expect(changesFor(otherSource.plan, 'trustedAccessBinding', 'aks-prod-weu').map((c) => c.action)).toEqual(
      ['create'],
    );
  });

  it('re-applies a Failed trusted-access binding with a PUT of the same binding; a Succeeded one is left', () => {
    const bindingOf = (snapshot: Parameters<typeof resource>[0]) =>
      resource(snapshot, 'aks-dev-team-a/trustedAccessRoleBindings/tarb-71a21da4622c41ea');
    const failed = scenario({
      estate: (snapshot) => {
        props(bindingOf(snapshot)).provisioningState = 'Failed';
      },
    });
    const existing = bindingOf(failed.snapshot);
    const changes = changesFor(failed.plan, 'trustedAccessBinding', 'aks-dev-team-a');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      action: 'update',
      method: 'PUT',
      id: existing.id,
      reasons: ['provisioningState Failed: re-apply the trusted-access binding'],
    });
    // The same binding: its source and roles as they are, nothing read-only, nothing deleted.
    expect(changes[0]!.body).toEqual({
      properties: {
        sourceResourceId: props(existing).sourceResourceId,
        roles: ['Microsoft.DataProtection/backupVaults/backup-operator'],
      },
    });
    expect(failed.plan.changes.filter((c) => c.action === 'delete' || c.action === 'replace')).toEqual([]);
    // Nothing else differs from the example's plan, where the binding is Succeeded and left as it is.
    const succeeded = scenario();
    const example = summary(succeeded.plan);
    expect(summary(failed.plan).filter((l) => !example.includes(l))).toEqual([
      'update trustedAccessBinding aks-dev-team-a/tarb-71a21da4622c41ea',
    ]);
    expect(summary(failed.plan)).toHaveLength(example.length + 1);
    expect(
      changesFor(succeeded.plan, 'trustedAccessBinding', 'aks-dev-team-a').map((c) => [c.action, c.reasons]),
    ).toEqual([['noop', []]]);
  });

  it('a Failed binding without the backup role gets it in the same PUT', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        const binding = props(
          resource(snapshot, 'aks-dev-team-a/trustedAccessRoleBindings/tarb-71a21da4622c41ea'),
        );
        binding.provisioningState = 'Failed';
        binding.roles = ['Microsoft.DataProtection/backupVaults/reader'];
      },
    });
    const [change] = changesFor(plan, 'trustedAccessBinding', 'aks-dev-team-a');
    expect(change!.reasons).toEqual([
      'provisioningState Failed: re-apply the trusted-access binding',
      'roles: [Microsoft.DataProtection/backupVaults/reader] → [Microsoft.DataProtection/backupVaults/reader, Microsoft.DataProtection/backupVaults/backup-operator]',
    ]);
    expect((change!.body as { properties: { roles: string[] } }).properties.roles).toEqual([
      'Microsoft.DataProtection/backupVaults/reader',
      'Microsoft.DataProtection/backupVaults/backup-operator',
    ]);
  });

  it('registers a provider that is not registered', () => {
    const { plan } = scenario({
      estate: (snapshot) => {
        snapshot.providers[SUB_DEV]!['Microsoft.KubernetesConfiguration'] = 'NotRegistered';
      },
    });
    const registrations = changesFor(plan, 'providerRegistration');
    expect(registrations.map((c) => [c.action, c.id, c.reasons[0]])).toEqual([
      [
        'create',
        `/subscriptions/${SUB_DEV}/providers/Microsoft.KubernetesConfiguration`,
        'register Microsoft.KubernetesConfiguration (now NotRegistered)',
      ],
    ]);
    expect(plan.changes[0]!.kind).toBe('providerRegistration');
  });
});

describe('role assignments', () => {
  // An identity with a role or two is looked through; one with many (a vault's) is indexed: both ways.
  it.each([0, 12])(
    'counts an inherited, broader role as granted (%i other assignments of the identity)',
    (others) => {
      const before = scenario().plan;
      const readerOnLegacy = changesFor(before, 'roleAssignment', 'aks-legacy').find((c) =>
        c.reasons[0]!.startsWith('Reader for the vault'),
      )!;
      expect(readerOnLegacy.action).toBe('create');
      const vaultPrincipal = /identity (\S+) on/.exec(readerOnLegacy.reasons[0]!)![1]!;
      const { plan } = scenario({
        estate: (snapshot) => {
          snapshot.resources.push(
            roleAssignment(
              `/subscriptions/${SUB_PROD}`,
              '00000000-0000-4000-8000-000000000001',
              vaultPrincipal,
              ROLE.owner,
            ),
          );
          for (let n = 0; n < others; n++) {
            const name = `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
            snapshot.resources.push(
              roleAssignment(
                `/subscriptions/${SUB_PROD}/resourceGroups/rg-unrelated-${n}`,
                name,
                vaultPrincipal,
                ROLE.reader,
              ),
            );
          }
        },
      });
      // Nothing to create any more: the no-op names the subscription-wide Owner that grants it (and the
      // vault's other roles there: one no-op for the one assignment).
      const after = changesFor(plan, 'roleAssignment');
      expect(after.find((c) => c.id === readerOnLegacy.id)).toBeUndefined();
      const granting = after.find(
        (c) =>
          c.id ===
          `/subscriptions/${SUB_PROD}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-4000-8000-000000000001`,
      );
      expect(granting).toMatchObject({
        action: 'noop',
        reasons: [expect.stringMatching(/^vault identity already has .+ \(or broader\) here$/)],
      });
    },
  );

  it('names the nearest assignment that grants a role when several do', () => {
    const before = scenario().plan;
    const readerOnLegacy = changesFor(before, 'roleAssignment', 'aks-legacy').find((c) =>
      c.reasons[0]!.startsWith('Reader for the vault'),
    )!;
    const vaultPrincipal = /identity (\S+) on/.exec(readerOnLegacy.reasons[0]!)![1]!;
    const snapshotGroup = readerOnLegacy.id.slice(0, readerOnLegacy.id.indexOf('/providers/'));
    const grant = (name: string, scope: string) => roleAssignment(scope, name, vaultPrincipal, ROLE.reader);
    const { plan } = scenario({
      estate: (snapshot) => {
        snapshot.resources.push(
          grant('00000000-0000-4000-8000-000000000011', `/subscriptions/${SUB_PROD}`),
          grant('00000000-0000-4000-8000-000000000012', snapshotGroup),
        );
      },
    });
    const ids = changesFor(plan, 'roleAssignment').map((c) => c.id);
    expect(ids).toContain(
      `${snapshotGroup}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-4000-8000-000000000012`,
    );
    expect(ids).not.toContain(
      `/subscriptions/${SUB_PROD}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-4000-8000-000000000011`,
    );
    expect(ids).not.toContain(readerOnLegacy.id);
  });

  it('plans a grant several clusters need once, under the first of them, however its scope is spelled', () => {
    // aks-prod-weu, aks-platform-weu and aks-legacy share the default snapshot group and vault: the vault's
    // roles there are wanted three times. Spelling the group in capitals for the second cluster must not
    // plan them again.
    const lowerIds = (plan: ReturnType<typeof scenario>['plan']): string[] =>
      changesFor(plan, 'roleAssignment').map((c) => c.id.toLowerCase());
    const base = scenario().plan;
    const shared = changesFor(base, 'roleAssignment').filter((c) =>
      c.id.toLowerCase().includes('/resourcegroups/rg-aks-snapshots-weu/'),
    );
    expect(new Set(shared.map((c) => c.cluster))).toEqual(
      new Set(['aks-prod-weu', 'aks-platform-weu', 'aks-legacy']),
    );
    expect(new Set(lowerIds(base)).size).toBe(lowerIds(base).length);
    const respelled = scenario({
      config: (t) =>
        t.replace(
          '    policy: daily-7d-vault-90d\n',
          '    policy: daily-7d-vault-90d\n    snapshotResourceGroup: /SUBSCRIPTIONS/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/RG-AKS-SNAPSHOTS-WEU\n',
        ),
    }).plan;
    expect(lowerIds(respelled).sort()).toEqual(lowerIds(base).sort());
    // The first cluster's spelling and name stay on the change both wanted.
    const vaultGrants = (plan: ReturnType<typeof scenario>['plan']) =>
      changesFor(plan, 'roleAssignment').filter(
        (c) => c.id.toLowerCase().includes('/rg-aks-snapshots-weu/') && c.cluster === 'aks-prod-weu',
      );
    expect(vaultGrants(respelled).map((c) => c.id)).toEqual(vaultGrants(base).map((c) => c.id));
  });

  it('asks for fewer roles with the minimal role set', () => {
    const recommended = changesFor(scenario().plan, 'roleAssignment').filter(
      (c) => c.action === 'create',
    ).length;
    const minimal = changesFor(
      scenario({ config: (t) => `${t}\noptions: { roleSet: minimal }\n` }).plan,
      'roleAssignment',
    ).filter((c) => c.action === 'create').length;
    expect(minimal).toBeLessThan(recommended);
  });
});

describe('selectors', () => {
  it('reports a listed cluster that is not in the estate, and a selector that matches nothing', () => {
    const { plan } = scenario({
      config: (text) =>
        text
          .replace('tags: { backup: required }', 'tags: { backup: nobody-has-this }')
          .replace('managedClusters/aks-legacy', 'managedClusters/aks-gone'),
    });
    expect(plan.findings.map((f) => [f.ruleId, f.severity, f.cluster ?? '-'])).toEqual([
      ['PLAN001', 'error', 'aks-gone'],
      ['PLAN002', 'warning', '-'],
    ]);
    expect(plan.bindings.some((b) => b.viaSelector)).toBe(false);
  });

  it('matches tag names case-insensitively and values exactly', () => {
    const upper = scenario({
      config: (text) => text.replace('tags: { backup: required }', 'tags: { BACKUP: required }'),
    });
    expect(upper.plan.bindings.filter((b) => b.viaSelector)).toHaveLength(3);
    const value = scenario({
      config: (text) => text.replace('tags: { backup: required }', 'tags: { backup: Required }'),
    });
    expect(value.plan.bindings.filter((b) => b.viaSelector)).toHaveLength(0);
  });
});

describe('the estate digest', () => {
  const base = scenario().estateDigest;
  it('ignores new recovery points and jobs, which do not change what the plan does', () => {
    const { estateDigest } = scenario({
      estate: (snapshot) => {
        snapshot.resources = snapshot.resources.filter((r) => !/recoveryPoints|backupJobs/i.test(r.type));
      },
    });
    expect(estateDigest).toBe(base);
  });
  it('ignores what the plan does not read of a document', () => {
    const { estateDigest } = scenario({
      estate: (snapshot) => {
        resource(snapshot, 'managedClusters/aks-prod-weu').systemData = {
          lastModifiedAt: '2026-11-21T00:00:00Z',
        };
      },
    });
    expect(estateDigest).toBe(base);
  });
  it('changes when a resource the plan depends on changes', () => {
    const { estateDigest } = scenario({
      estate: (snapshot) => {
        props(resource(snapshot, 'managedClusters/aks-prod-weu')).currentKubernetesVersion = '1.99.0';
      },
    });
    expect(estateDigest).not.toBe(base);
  });
});

describe('prune', () => {
  /** The example with aks-legacy protected by an instance this tool created, then dropped from the config. */
  const dropped = (prune: boolean) =>
    scenario({
      prune,
      estate: (snapshot) => {
        const instance = resource(snapshot, 'bv-aks-weu/backupInstances/aks-prod-weu-1f3a9c2e');
        instance.tags = { 'managed-by': 'aks-backup-guard' };
      },
      config: (text) => text.replace(/ {2}# Payments[\s\S]*?namespaces: \[payments\]\n/, ''),
    });

  it('without prune, only reports what it would delete (PLAN005)', () => {
    const { plan } = dropped(false);
    expect(plan.changes.some((c) => c.action === 'delete')).toBe(false);
    expect(
      plan.findings.filter((f) => f.ruleId === 'PLAN005').map((f) => f.resourceId?.split('/').pop()),
    ).toEqual(['aks-prod-weu-1f3a9c2e']);
  });

  it('with prune, deletes it after every create', () => {
    const { plan } = dropped(true);
    const deletes = plan.changes.filter((c) => c.action === 'delete');
    expect(deletes.map((c) => c.id.split('/').pop())).toEqual(['aks-prod-weu-1f3a9c2e']);
    expect(plan.changes.at(-1)).toBe(deletes[0]);
  });

  it('never deletes an instance it did not create, prune or not', () => {
    const { plan } = scenario({
      prune: true,
      config: (text) => text.replace(/ {2}# Payments[\s\S]*?namespaces: \[payments\]\n/, ''),
    });
    expect(plan.changes.some((c) => c.action === 'delete')).toBe(false);
    expect(plan.findings.some((f) => f.ruleId === 'PLAN005')).toBe(false);
  });

  it('marks the instances it creates as its own', () => {
    const created = changesFor(scenario().plan, 'backupInstance').find((c) => c.action === 'create')!;
    expect((created.body as { tags: Record<string, string> }).tags).toEqual({
      'managed-by': 'aks-backup-guard',
    });
  });
});
