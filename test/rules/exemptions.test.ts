import { describe, expect, it } from '@jest/globals';
import { parseDesiredState } from '../../src/config/load.js';
import { buildReport } from '../../src/report/build.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { checkExemptions, EXEMPTION_RULE_ID, isExemptionActive } from '../../src/rules/exemption-validity.js';
import { exemptionSubjects } from '../../src/rules/static-subjects.js';
import type { Subject } from '../../src/rules/subjects.js';
import { baseSubject, contextFor, merge, NOW } from './harness.js';

const SUB = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const catalogue = builtInCatalogue();

/** A real desired state, so exemptions come through the loader exactly as users write them. */
function stateWith(exemptions: string): ReturnType<typeof parseDesiredState> {
  return parseDesiredState(
    'aks-backup.yaml',
    `version: 1
vaults: { main: { id: /subscriptions/${SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-main } }
storage: { main: { account: /subscriptions/${SUB}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/stbackup, container: aks-backups } }
policies: { daily: { schedule: { every: 24h }, retention: { operational: 30d } } }
defaults: { vault: main, storage: main, policy: daily, snapshotResourceGroup: /subscriptions/${SUB}/resourceGroups/rg-snapshots }
clusters:
  - id: /subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-one
exemptions:
${exemptions}`,
  );
}

/** Two vaults with soft delete off (AKSB026 fails on both): one in production, one in development. */
function vaults(): Subject[] {
  const prod = merge(baseSubject('vault') as never, {
    softDeleteState: 'Off',
    scope: { subscriptionId: SUB, tags: { env: 'prod' } },
  });
  const dev = merge(baseSubject('vault') as never, {
    softDeleteState: 'Off',
    resourceId: `/subscriptions/${DEV}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-dev`,
    scope: {
      subscriptionId: DEV,
      resourceGroup: 'rg-backup',
      location: 'westeurope',
      name: 'bv-dev',
      tags: { env: 'dev' },
    },
  });
  return [prod as unknown as Subject, dev as unknown as Subject];
}

/** A cluster subject that fails AKSB003 (disk CSI off), named aks-one. */
function cluster(name = 'aks-one'): Subject {
  const id = `/subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/${name}`;
  return merge(baseSubject('cluster') as never, {
    resourceId: id,
    clusterId: id,
    cluster: name,
    csi: { diskDriver: false },
    scope: {
      subscriptionId: SUB,
      resourceGroup: 'rg-aks',
      location: 'westeurope',
      name,
      tags: { env: 'prod' },
    },
  }) as unknown as Subject;
}

function run(subjects: Subject[], exemptions: string) {
  const state = stateWith(exemptions);
  const findings = evaluate(catalogue, [...subjects, ...exemptionSubjects(state)], {
    ...contextFor(catalogue.matrix),
    exemptions: state.exemptions,
  });
  return findings.map((f) => ({
    rule: f.ruleId,
    cluster: f.cluster,
    resourceId: f.resourceId,
    severity: f.severity,
    exempted: f.exempted,
    exemption: f.exemption,
    message: f.message,
  }));
}

describe('exemptions', () => {
  it('an active exemption by cluster name keeps the finding, marked exempted with reason and expiry', () => {
    const findings = run(
      [cluster()],
      '  - { rule: AKSB003, clusters: [aks-one], reason: "CSI migration, OPS-7", expires: "2027-03-31" }',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'AKSB003',
        cluster: 'aks-one',
        exempted: true,
        exemption: { reason: 'CSI migration, OPS-7', expires: '2027-03-31' },
      }),
    ]);
  });

  it('matches clusters by id in any casing, and not other clusters', () => {
    const findings = run(
      [cluster('aks-one'), cluster('aks-two')],
      `  - { rule: AKSB003, clusters: [/subscriptions/${SUB}/resourceGroups/RG-AKS/providers/Microsoft.ContainerService/managedClusters/AKS-ONE], reason: "OPS-7", expires: "2027-03-31" }`,
    );
    expect(findings.map((f) => [f.cluster, f.exempted])).toEqual([
      ['aks-one', true],
      ['aks-two', false],
    ]);
  });

  it('an expired exemption exempts nothing and is an AKSB028 error of its own', () => {
    const findings = run(
      [cluster()],
      '  - { rule: AKSB003, clusters: [aks-one], reason: "OPS-7", expires: "2026-11-20" }',
    );
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'AKSB003', exempted: false }),
      expect.objectContaining({
        rule: 'AKSB028',
        severity: 'error',
        exempted: false,
        message: expect.stringContaining('expired on 2026-11-20'),
      }),
    ]);
  });

  it('the last day of an exemption still exempts (it runs to the end of that UTC day)', () => {
    const findings = run(
      [cluster()],
      '  - { rule: AKSB003, clusters: [aks-one], reason: "OPS-7", expires: "2026-11-21" }',
    );
    expect(findings.map((f) => [f.rule, f.severity, f.exempted])).toEqual([
      ['AKSB003', 'error', true],
      ['AKSB028', 'warning', false],
    ]);
  });

  it('a reason-less exemption exempts nothing and is an AKSB028 error', () => {
    const findings = run(
      [cluster()],
      '  - { rule: AKSB003, clusters: [aks-one], reason: "  ", expires: "2027-03-31" }',
    );
    expect(findings.map((f) => [f.rule, f.severity, f.exempted])).toEqual([
      ['AKSB003', 'error', false],
      ['AKSB028', 'error', false],
    ]);
  });

  it('an exemption expiring within 14 days still exempts, and AKSB028 warns', () => {
    const findings = run(
      [cluster()],
      '  - { rule: AKSB003, clusters: [aks-one], reason: "OPS-7", expires: "2026-11-30" }',
    );
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'AKSB003', exempted: true }),
      expect.objectContaining({
        rule: 'AKSB028',
        severity: 'warning',
        message: 'exemption 1 (AKSB003) expires on 2026-11-30 (in 10 days): fix the finding or renew it',
      }),
    ]);
  });

  it('a selector-scoped exemption covers only subjects whose scope matches (vault rules match the vault)', () => {
    const findings = run(
      vaults(),
      `  - { rule: AKSB026, match: { subscriptions: [${DEV}] }, reason: "dev vaults, SEC-88", expires: "2027-12-31" }`,
    );
    expect(findings.map((f) => [f.resourceId?.split('/').at(-1), f.exempted])).toEqual([
      ['bv-weu', false],
      ['bv-dev', true],
    ]);
    const byTag = run(
      vaults(),
      '  - { rule: AKSB026, match: { tags: { env: dev } }, reason: "dev vaults, SEC-88", expires: "2027-12-31" }',
    );
    expect(byTag.map((f) => f.exempted)).toEqual([false, true]);
  });

  it('with both clusters and match, both must hold; with neither, every subject of the rule is covered', () => {
    const both = run(
      [cluster('aks-one'), cluster('aks-two')],
      `  - { rule: AKSB003, clusters: [aks-one, aks-two], match: { names: [aks-two] }, reason: "OPS-7", expires: "2027-03-31" }`,
    );
    expect(both.map((f) => [f.cluster, f.exempted])).toEqual([
      ['aks-one', false],
      ['aks-two', true],
    ]);
    const global = run(
      [cluster('aks-one'), cluster('aks-two')],
      '  - { rule: AKSB003, reason: "estate-wide CSI rollout, OPS-9", expires: "2027-03-31" }',
    );
    expect(global.map((f) => f.exempted)).toEqual([true, true]);
  });

  it('an exemption of one rule does not exempt another, and rule ids match case-insensitively', () => {
    const findings = run(
      [cluster()],
      '  - { rule: aksb004, clusters: [aks-one], reason: "OPS-7", expires: "2027-03-31" }',
    );
    expect(findings.map((f) => [f.rule, f.exempted])).toEqual([['AKSB003', false]]);
    const lower = run(
      [cluster()],
      '  - { rule: aksb003, clusters: [aks-one], reason: "OPS-7", expires: "2027-03-31" }',
    );
    expect(lower.map((f) => [f.rule, f.exempted])).toEqual([['AKSB003', true]]);
  });

  it('AKSB028 itself cannot be exempted', () => {
    const findings = run(
      [],
      `  - { rule: AKSB003, reason: "", expires: "2027-03-31" }
  - { rule: ${EXEMPTION_RULE_ID}, reason: "silence the exemption check", expires: "2027-03-31" }`,
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'AKSB028',
        message: expect.stringContaining('exemption 1 (AKSB003) has no reason'),
        exempted: false,
      }),
    ]);
  });

  it('exempted findings are counted apart and do not set exit code 2', () => {
    const state = stateWith(
      '  - { rule: AKSB003, clusters: [aks-one], reason: "OPS-7", expires: "2027-03-31" }',
    );
    const findings = evaluate(catalogue, [cluster()], {
      ...contextFor(catalogue.matrix),
      exemptions: state.exemptions,
    });
    const report = buildReport({ command: 'audit', failOn: 'error', now: NOW, findings });
    expect(report.summary.findings).toEqual({ error: 0, warning: 0, info: 0, exempted: 1 });
    expect(report.exitCode).toBe(0);
  });

  it('checkExemptions keeps its messages, locations and exports (validate calls it)', () => {
    const state =
      stateWith(`  - { rule: AKSB007, clusters: [aks-one], reason: "storage move, OPS-1", expires: "2026-01-31" }
  - { rule: AKSB026, clusters: [aks-one], reason: "  ", expires: "2030-01-01" }
  - { rule: AKSB027, clusters: [aks-one], reason: "vault rebuild, OPS-2", expires: "2026-11-30" }`);
    const findings = checkExemptions(state, NOW);
    expect(
      findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId}: ${f.message}`),
    ).toEqual([
      'aks-backup.yaml:9:5: error AKSB028: exemption 1 (AKSB007) expired on 2026-01-31: fix the finding, or renew the exemption with a new date and reason',
      'aks-backup.yaml:10:5: error AKSB028: exemption 2 (AKSB026) has no reason: say why the finding is accepted (a ticket reference helps)',
      'aks-backup.yaml:11:5: warning AKSB028: exemption 3 (AKSB027) expires on 2026-11-30 (in 10 days): fix the finding or renew it',
    ]);
    expect(findings.every((f) => f.docs === 'policies/docs/AKSB028.md' && !f.exempted)).toBe(true);
    expect(state.exemptions.map((e) => isExemptionActive(e, NOW))).toEqual([false, false, true]);
  });
});
