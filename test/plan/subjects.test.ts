import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/rules/evaluate.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { subjectsOfPlan } from '../../src/subjects/from-estate.js';
import type { Finding } from '../../src/report/model.js';
import { props, resource, ROLE, roleAssignment, scenario, type Scenario } from './scenario.js';

/** Rule findings for a plan scenario, judged at the estate's capture time. */
function findingsOf({ state, estate, plan, snapshot }: Scenario): Finding[] {
  const catalogue = builtInCatalogue();
  const now = new Date(snapshot.capturedAt);
  return evaluate(catalogue, subjectsOfPlan(state, estate, plan, now), {
    now,
    matrix: catalogue.matrix,
    options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
    exemptions: state.exemptions,
  });
}

describe('rule subjects built from estate and plan', () => {
  it('a role assignment shared by clusters and planned once counts for all of them (no false AKSB021)', () => {
    const s = scenario({
      estate: (snapshot) => {
        // Remove the weu vault's Reader on the snapshot group that aks-platform-weu and aks-legacy share.
        snapshot.resources = snapshot.resources.filter(
          (r) =>
            !(
              /roleAssignments/i.test(r.type) &&
              /rg-aks-snapshots-weu$/i.test(String(props(r).scope)) &&
              String(props(r).roleDefinitionId).endsWith('acdd72a7-3385-48ef-bd42-f606fba81ae7')
            ),
        );
      },
    });
    const planned = s.plan.changes.filter(
      (c) =>
        c.kind === 'roleAssignment' &&
        c.action === 'create' &&
        /rg-aks-snapshots-weu\//i.test(c.id) &&
        c.reasons[0]!.startsWith('Reader'),
    );
    expect(planned).toHaveLength(1);
    expect(findingsOf(s).filter((f) => f.ruleId === 'AKSB021')).toEqual([]);
  });

  it('a binding carries only the role assignments that reach its cluster, snapshot group or storage', () => {
    const s = scenario();
    const subjects = [...subjectsOfPlan(s.state, s.estate, s.plan, new Date(s.snapshot.capturedAt))];
    const bindings = subjects.filter((subject) => subject.kind === 'binding');
    expect(bindings.length).toBeGreaterThan(1);
    let leftOut = 0;
    for (const binding of bindings) {
      const reached = [binding.resourceId!, binding.snapshotResourceGroup.id, binding.storage.accountId].map(
        (id) => id.toLowerCase(),
      );
      const carried = binding.roleAssignments ?? [];
      for (const assignment of carried) {
        const scope = assignment.scope.toLowerCase().replace(/\/+$/, '');
        expect(reached.some((id) => id === scope || id.startsWith(`${scope}/`))).toBe(true);
      }
      const held = Object.values(binding.identities ?? {})
        .filter((p): p is string => typeof p === 'string')
        .flatMap((principal) => s.estate.roleAssignmentsOfPrincipal(principal));
      leftOut += held.length - carried.length;
    }
    // The vault identities hold roles on other clusters' resources too: those stay out of this binding.
    expect(leftOut).toBeGreaterThan(0);
  });

  // A principal with a few assignments is looked through; one with many (a vault's) is looked up by scope,
  // from its own scopes when it has fewer than the binding reaches (12 others) or from the binding's
  // (60). Each must carry what a plain filter of all its assignments gives, in the estate's order.
  it.each([0, 12, 60])(
    'a binding carries the same assignments either way (%i other assignments of each vault identity)',
    (others) => {
      const s = scenario({
        estate: (snapshot) => {
          const vaults = snapshot.resources.filter((r) => /backupVaults$/i.test(r.type));
          for (const vault of vaults) {
            const principalId = (vault.identity as { principalId?: string } | undefined)?.principalId;
            if (!principalId) continue;
            const subscription = vault.id.split('/')[2]!;
            // Interleaved: some reach every binding of the subscription (the subscription itself), most
            // reach nothing it protects.
            for (let n = 0; n < others; n++) {
              const scope =
                n % 20 === 7
                  ? `/subscriptions/${subscription}`
                  : `/subscriptions/${subscription}/resourceGroups/rg-unrelated-${n}`;
              const name = `00000000-0000-4000-8000-${String(n).padStart(4, '0')}${principalId.slice(0, 8)}`;
              snapshot.resources.push(roleAssignment(scope, name, principalId, ROLE.reader));
            }
          }
        },
      });
      const subjects = [...subjectsOfPlan(s.state, s.estate, s.plan, new Date(s.snapshot.capturedAt))];
      const bindings = subjects.filter((subject) => subject.kind === 'binding');
      let carriedInAll = 0;
      for (const binding of bindings) {
        const reached = [
          binding.resourceId!,
          binding.snapshotResourceGroup.id,
          binding.storage.accountId,
        ].map((id) => id.toLowerCase());
        const reaches = (scope: string): boolean =>
          scope === '/' || reached.some((id) => id === scope || id.startsWith(`${scope}/`));
        const expected = Object.values(binding.identities ?? {})
          .filter((p): p is string => typeof p === 'string')
          .flatMap((principal) => s.estate.roleAssignmentsOfPrincipal(principal))
          .filter((a) => a.scope !== undefined && reaches(a.scope.toLowerCase()))
          .map((a) => ({ principalId: a.principalId, roleDefinitionId: a.roleDefinitionId, scope: a.scope }));
        expect(binding.roleAssignments).toEqual(expected);
        carriedInAll += expected.length;
      }
      expect(carriedInAll).toBeGreaterThan(0);
      if (others > 0) {
        const vaultPrincipal = bindings[0]!.identities!.vault!;
        expect(s.estate.roleAssignmentsOfPrincipal(vaultPrincipal).length).toBeGreaterThan(others);
      }
    },
  );

  it('matches planned changes to clusters by id: a same-named twin does not silence AKSB010', () => {
    const s = scenario({
      estate: (snapshot) => {
        const neu = resource(snapshot, 'managedClusters/aks-prod-neu');
        const twin = structuredClone(neu);
        twin.id = neu.id.replace('rg-prod-neu', 'rg-prod-neu-twin');
        snapshot.resources.push(twin);
        // Still installing: nothing the plan does for the original (a Failed one it would re-apply).
        props(
          resource(
            snapshot,
            '/aks-prod-neu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
          ),
        ).provisioningState = 'Creating';
      },
      config: (text) =>
        text.replace(
          'managedClusters/aks-legacy\n',
          'managedClusters/aks-legacy\n  - id: /subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-prod-neu-twin/providers/Microsoft.ContainerService/managedClusters/aks-prod-neu\n',
        ),
    });
    // The twin has no extension, so the plan installs one there; the original's unfinished one is still reported.
    expect(
      s.plan.changes.some(
        (c) => c.kind === 'extension' && c.action === 'create' && /rg-prod-neu-twin/.test(c.id),
      ),
    ).toBe(true);
    const aksb010 = findingsOf(s).filter((f) => f.ruleId === 'AKSB010');
    expect(aksb010.map((f) => f.resourceId)).toEqual([
      expect.stringMatching(/resourceGroups\/rg-prod-neu\/providers/),
    ]);
  });

  it('reads useAAD the same way in plan and rule ("True" is true)', () => {
    const s = scenario({
      estate: (snapshot) => {
        const ext = props(
          resource(
            snapshot,
            'aks-prod-weu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
          ),
        );
        ext.configurationSettings['configuration.backupStorageLocation.config.useAAD'] = 'True';
      },
    });
    const plannedForProd = s.plan.changes.filter(
      (c) => c.kind === 'roleAssignment' && c.action === 'create' && c.cluster === 'aks-prod-weu',
    );
    const aksb021 = findingsOf(s).filter((f) => f.ruleId === 'AKSB021' && f.cluster === 'aks-prod-weu');
    // Either both see the storage role as needed (planned, so no finding) or both as satisfied.
    expect(aksb021).toEqual([]);
    expect(plannedForProd.every((c) => !c.reasons[0]!.startsWith('Storage Account Contributor'))).toBe(true);
  });
});
