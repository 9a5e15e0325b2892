import { describe, expect, it } from '@jest/globals';
import { parseDesiredState } from '../../src/config/load.js';
import { buildCatalogue, builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { parseRuleFile } from '../../src/rules/load-rules.js';
import type { Subject } from '../../src/rules/subjects.js';
import type { Fact, SupportMatrix } from '../../src/rules/support-matrix.js';
import { staticSubjects } from '../../src/rules/static-subjects.js';
import { compileTemplate } from '../../src/rules/template.js';
import { readRepoFile } from '../support/fixtures.js';
import { baseSubject, buildSubject, contextFor, merge } from './harness.js';

const catalogue = builtInCatalogue();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The built-in matrix with some facts replaced: what "a new matrix is a data change" means. */
function withFacts(matrix: SupportMatrix, changes: Record<string, unknown>): SupportMatrix {
  const facts = new Map(matrix.facts);
  for (const [path, value] of Object.entries(changes))
    facts.set(path, { ...(facts.get(path) as Fact), value });
  return { ...matrix, facts };
}

/** One ad hoc rule, compiled the way an organisation's rule is. */
function ruleFrom(yaml: string) {
  const loaded = parseRuleFile('test-rule.yaml', yaml, 'policies', 'organisation', (d) => d);
  return buildCatalogue([loaded], catalogue.matrix);
}

describe('the engine', () => {
  const subjects = (): Subject[] =>
    ['cluster', 'binding', 'vault', 'instance', 'operation-backup', 'operation-restore', 'exemption'].map(
      (base) => buildSubject({ name: base, base, expect: 'pass', patch: {} }),
    );
  const broken = (): Subject[] => [
    merge(baseSubject('cluster') as never, {
      location: 'antarcticanorth',
      csi: { diskDriver: false },
      extension: null,
    }) as unknown as Subject,
    merge(baseSubject('binding') as never, {
      policy: { interval: 'PT2H' },
      storage: { location: 'northeurope' },
    }) as unknown as Subject,
    merge(baseSubject('vault') as never, { softDeleteState: 'Off' }) as unknown as Subject,
  ];

  it('is pure: frozen subjects are not touched, and the same input gives the same findings', () => {
    const input = deepFreeze(broken());
    const first = evaluate(catalogue, input, contextFor(catalogue.matrix));
    const second = evaluate(catalogue, input, contextFor(catalogue.matrix));
    expect(second).toEqual(first);
    expect(first.map((f) => f.ruleId)).toEqual([
      'AKSB001',
      'AKSB003',
      'AKSB010',
      'AKSB007',
      'AKSB008',
      'AKSB026',
    ]);
  });

  it('findings carry rule, severity, message, resource id, cluster, the YAML location and the docs link', () => {
    const [finding] = evaluate(catalogue, [broken()[0]!], contextFor(catalogue.matrix));
    expect(finding).toEqual({
      ruleId: 'AKSB001',
      severity: 'error',
      message: expect.stringContaining("region 'antarcticanorth'"),
      resourceId: (baseSubject('cluster') as { resourceId: string }).resourceId,
      cluster: 'aks-prod',
      file: 'aks-backup.yaml',
      line: 20,
      column: 5,
      exempted: false,
      docs: 'policies/docs/AKSB001.md',
    });
  });

  it('runs against whichever matrix the context carries: changing a fact changes the verdict, not the code', () => {
    const old = merge(baseSubject('cluster') as never, { kubernetesVersion: '1.21.9' }) as unknown as Subject;
    delete (old as { aksSupportedVersions?: unknown }).aksSupportedVersions;
    expect(evaluate(catalogue, [old], contextFor(catalogue.matrix))).toEqual([]);
    // The 2023 floor, restored as data.
    const matrix2023 = withFacts(catalogue.matrix, {
      'kubernetes.minimumVersion': '1.22',
      'vault.sameSubscriptionRequired': true,
    });
    expect(evaluate(catalogue, [old], contextFor(matrix2023)).map((f) => f.message)).toEqual([
      expect.stringContaining('1.21.9 is older than 1.22 (support matrix kubernetes.minimumVersion)'),
    ]);
    const otherSubscription = merge(baseSubject('binding') as never, {
      vault: { subscriptionId: '00000000-0000-0000-0000-000000000002' },
    }) as unknown as Subject;
    expect(evaluate(catalogue, [otherSubscription], contextFor(catalogue.matrix))).toEqual([]);
    expect(evaluate(catalogue, [otherSubscription], contextFor(matrix2023)).map((f) => f.message)).toEqual([
      expect.stringContaining(
        'the vault is in subscription 00000000-0000-0000-0000-000000000002, the cluster in 00000000-0000-0000-0000-000000000001',
      ),
    ]);
    // A region added to the matrix is supported at once.
    const regions = catalogue.matrix.facts.get('regions.operationalOnly')!.value as object[];
    const grown = withFacts(catalogue.matrix, {
      'regions.operationalOnly': [...regions, { name: 'mexicocentral', displayName: 'Mexico Central' }],
    });
    const mexico = merge(baseSubject('cluster') as never, {
      location: 'mexicocentral',
    }) as unknown as Subject;
    expect(evaluate(catalogue, [mexico], contextFor(catalogue.matrix)).map((f) => f.ruleId)).toEqual([
      'AKSB001',
    ]);
    expect(evaluate(catalogue, [mexico], contextFor(grown))).toEqual([]);
  });

  it('ignores subjects of kinds no rule evaluates, and unknown facts never fail', () => {
    const bare: Subject[] = [
      {
        kind: 'cluster',
        resourceId:
          '/subscriptions/x/resourceGroups/y/providers/Microsoft.ContainerService/managedClusters/z',
      },
      {
        kind: 'vault',
        resourceId: '/subscriptions/x/resourceGroups/y/providers/Microsoft.DataProtection/backupVaults/v',
      },
      { kind: 'instance', resourceId: '/subscriptions/x/…/backupInstances/i' },
      { kind: 'operation', operation: 'backup', resourceId: '/subscriptions/x/…/backupInstances/i' },
    ];
    expect(evaluate(catalogue, bare, contextFor(catalogue.matrix))).toEqual([]);
    expect(evaluate(catalogue, subjects(), contextFor(catalogue.matrix))).toEqual([]);
  });

  it('custom keywords: versions, durations, $data comparisons, matrix lists and counts', () => {
    const rule = ruleFrom(`
id: KW001
name: Test.Keywords
title: Exercises the custom keywords.
severity: info
subject: cluster
source: { citation: test, date: '2026-11-21' }
docs: https://example.test/KW001
assert:
  properties:
    kubernetesVersion: { minVersion: '1.30', maxVersion: '1.33.9' }
    retention: { minDuration: P7D, maxDuration: { matrix: retention.operational.max } }
    wanted: { sameAs: { $data: /location } }
    location: { inList: regions.vaultAndOperational }
    count: { atMost: { matrix: limits.instancesPerVault } }
    state: { enumIgnoreCase: [Running] }
message: '{$errors}'
`);
    const run = (doc: Record<string, unknown>) =>
      evaluate(
        rule,
        [{ kind: 'cluster', resourceId: 'r', ...doc } as Subject],
        contextFor(catalogue.matrix),
      ).map((f) => f.message);
    expect(
      run({
        kubernetesVersion: '1.31.2',
        retention: 'P30D',
        wanted: 'WestEurope',
        location: 'westeurope',
        count: 5000,
        state: 'running',
      }),
    ).toEqual([]);
    expect(
      run({
        kubernetesVersion: '1.29.0',
        retention: 'PT12H',
        wanted: 'northeurope',
        location: 'westeurope',
        count: 5001,
        state: 'Stopped',
      }),
    ).toEqual([
      "kubernetesVersion: 1.29.0 is older than 1.30; retention: PT12H is shorter than P7D; wanted: 'northeurope' is not 'westeurope'; count: 5001 is more than 5000 (support matrix limits.instancesPerVault); state: 'Stopped' is not one of Running",
    ]);
    expect(run({ kubernetesVersion: '1.34.0', retention: 'P400D', location: 'atlantis' })).toEqual([
      "kubernetesVersion: 1.34.0 is newer than 1.33.9; retention: P400D is longer than P360D (support matrix retention.operational.max); location: 'atlantis' is not in support matrix regions.vaultAndOperational",
    ]);
  });

  it('message templates: subject paths, fallbacks, matrix values; unbalanced braces are refused', () => {
    const template = compileTemplate('{a.b} / {missing|n/a} / {list} / {missing}');
    expect(template((p) => ({ 'a.b': 'x', list: [1, 2] })[p])).toBe('x / n/a / 1, 2 / unknown');
    expect(template.paths).toEqual(['a.b', 'missing', 'list', 'missing']);
    expect(() => compileTemplate('oops {')).toThrow(/unbalanced/);
  });

  it('validate-time subjects: the shipped example is clean, and a broken file is reported at its cluster entries', () => {
    const example = parseDesiredState(
      'examples/aks-backup.yaml',
      readRepoFile('examples', 'aks-backup.yaml'),
    );
    const context = { ...contextFor(catalogue.matrix), exemptions: example.exemptions };
    // The example deliberately keeps one cluster's storage in another subscription, under an exemption.
    const exampleFindings = evaluate(catalogue, staticSubjects(example), context);
    expect(exampleFindings.filter((f) => !f.exempted)).toEqual([]);
    for (const f of exampleFindings) expect(f.exemption?.reason).toBeTruthy();

    const SUB = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
    const OTHER = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
    const broken = parseDesiredState(
      'broken.yaml',
      `version: 1
vaults: { main: { id: /subscriptions/${SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-main } }
storage: { far: { account: /subscriptions/${OTHER}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/stfar, container: aks-backups } }
policies:
  too-often: { schedule: { every: 2h }, retention: { operational: 400d } }
defaults: { vault: main, storage: far, policy: too-often, snapshotResourceGroup: /subscriptions/${SUB}/resourceGroups/rg-snapshots }
clusters:
  - id: /subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-one
    backup: { snapshotVolumes: false }
  - match: { tags: { env: dev } }
exemptions:
  - { rule: AKSB030, clusters: [aks-one], reason: "stateless, OPS-5", expires: "2027-01-31" }
`,
    );
    const findings = evaluate(catalogue, staticSubjects(broken), {
      ...contextFor(catalogue.matrix),
      exemptions: broken.exemptions,
    });
    expect(
      findings.map(
        (f) =>
          `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}${f.exempted ? ' exempted' : ''} ${f.cluster ?? '(selector)'}`,
      ),
    ).toEqual([
      'broken.yaml:8:5 AKSB007 warning aks-one',
      'broken.yaml:8:5 AKSB008 error aks-one',
      'broken.yaml:8:5 AKSB009 error aks-one',
      'broken.yaml:8:5 AKSB030 warning exempted aks-one',
      'broken.yaml:10:5 AKSB008 error (selector)',
      'broken.yaml:10:5 AKSB009 error (selector)',
    ]);
  });
});
