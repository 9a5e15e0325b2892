import { describe, expect, it } from '@jest/globals';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { Catalogue } from '../../src/rules/model.js';
import type { Subject } from '../../src/rules/subjects.js';
import { buildSubject, contextFor, type RuleCase } from './harness.js';

/**
 * The checks' fast paths compare exactly first and case-insensitively only when that fails: these cases
 * pin that ids and names written in another case still match, and that a same-length different id does not.
 */
const catalogue = builtInCatalogue();

function only(ruleId: string): Catalogue {
  const rule = catalogue.byId.get(ruleId)!;
  return { ...catalogue, rules: [rule], bySubject: new Map([[rule.subject, [rule]]]), byId: new Map() };
}

function messages(ruleId: string, c: Omit<RuleCase, 'name' | 'expect'>): string[] {
  const subject: Subject = buildSubject({ name: ruleId, expect: 'pass', ...c });
  return evaluate(only(ruleId), [subject], contextFor(catalogue.matrix)).map((f) => f.message);
}

const SUB = '/subscriptions/00000000-0000-0000-0000-000000000001';
const CLUSTER = `${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod`;
const SNAPSHOTS = `${SUB}/resourceGroups/rg-aks-snapshots`;
const STORAGE = `${SUB}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/staksbkpweu`;
const READER = 'ACDD72A7-3385-48EF-BD42-F606FBA81AE7';
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
const BLOB_CONTRIBUTOR = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe';

describe('checks compare Azure ids and names in any case', () => {
  it('AKSB021: an assignment at the target or a parent written in another case counts; a sibling does not', () => {
    const assignments = (clusterScope: string) => [
      { principalId: '11111111-0000-0000-0000-000000000001', roleDefinitionId: READER, scope: clusterScope },
      {
        principalId: '11111111-0000-0000-0000-000000000001',
        roleDefinitionId: READER,
        scope: `${SNAPSHOTS}/`,
      },
      {
        principalId: '22222222-0000-0000-0000-000000000002',
        roleDefinitionId: CONTRIBUTOR,
        scope: SNAPSHOTS,
      },
      {
        principalId: '33333333-0000-0000-0000-000000000003',
        roleDefinitionId: BLOB_CONTRIBUTOR,
        scope: STORAGE.toUpperCase(),
      },
    ];
    expect(
      messages('AKSB021', {
        base: 'binding',
        patch: { roleAssignments: assignments(CLUSTER.toUpperCase()) },
      }),
    ).toEqual([]);
    expect(
      messages('AKSB021', {
        base: 'binding',
        patch: { roleAssignments: assignments(`${SUB}/RESOURCEGROUPS/RG-AKS`) },
      }),
    ).toEqual([]);
    const sibling = messages('AKSB021', {
      base: 'binding',
      patch: { roleAssignments: assignments(CLUSTER.replace(/aks-prod$/, 'aks-prox')) },
    });
    expect(sibling).toEqual([
      expect.stringContaining(`Reader for the vault identity on the cluster (${CLUSTER})`),
    ]);
  });

  it('AKSB029: a job status written in another case is still a failure', () => {
    const job = {
      category: 'Backup',
      status: 'FAILED',
      startTime: '2026-11-21T08:00:00Z',
      endTime: '2026-11-21T08:05:00Z',
    };
    expect(messages('AKSB029', { base: 'instance', patch: { jobs: [job] } })).toEqual([
      expect.stringContaining('1 job of this instance failed'),
    ]);
    expect(
      messages('AKSB029', { base: 'instance', patch: { jobs: [{ ...job, status: 'Completed' }] } }),
    ).toEqual([]);
  });

  it("AKSB013: an instance's policy id in another case is the desired one", () => {
    const desired = `${SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-weu/backupPolicies/daily`;
    const instance = (policyId: string) => ({ instance: { id: `${SUB}/x`, policyId } });
    expect(
      messages('AKSB013', {
        base: 'binding',
        patch: { policy: { id: desired }, ...instance(desired.toUpperCase()) },
      }),
    ).toEqual([]);
    expect(
      messages('AKSB013', {
        base: 'binding',
        patch: { policy: { id: desired }, ...instance(`${desired}-2`) },
      }),
    ).toHaveLength(1);
  });
});
