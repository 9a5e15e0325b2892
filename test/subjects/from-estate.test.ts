import { describe, expect, it } from '@jest/globals';
import type { EstateSnapshot, KubernetesVersionsAnswer } from '../../src/estate/snapshot.js';
import type { Finding } from '../../src/report/model.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { ClusterSubject, InstanceSubject, Subject, VaultSubject } from '../../src/rules/subjects.js';
import { subjectsOfPlan } from '../../src/subjects/from-estate.js';
import { props, resource, scenario, type Scenario } from '../plan/scenario.js';

/**
 * The estate facts two rules depend on that a live read may not have in full: the Kubernetes versions
 * AKS lists per region (AKSB002) and recovery points a plan left unread (AKSB024). Scenarios start from
 * the example estate (test/plan/scenario.ts), whose clusters run 1.30.11 (aks-legacy) to 1.33.1.
 */
const catalogue = builtInCatalogue();

function judged(s: Scenario): { findings: Finding[]; subjects: Subject[] } {
  const now = new Date(s.snapshot.capturedAt);
  const subjects = [...subjectsOfPlan(s.state, s.estate, s.plan, now)];
  const findings = evaluate(catalogue, subjects, {
    now,
    matrix: catalogue.matrix,
    options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
    exemptions: s.state.exemptions,
  });
  return { findings, subjects };
}

const release = (version: string, extra: Record<string, unknown> = {}) => ({
  capabilities: { supportPlan: ['KubernetesOfficial'] },
  version,
  ...extra,
});

/** West Europe offers 1.31-1.33, 1.34 in preview, and 1.30 only under long-term support. */
const WEST_EUROPE: KubernetesVersionsAnswer = {
  values: [
    release('1.30', { capabilities: { supportPlan: ['AKSLongTermSupport'] } }),
    release('1.31'),
    release('1.32', { isDefault: true }),
    release('1.33'),
    release('1.34', { isPreview: true }),
  ],
};

function withVersions(
  versions: EstateSnapshot['kubernetesVersions'],
  change: (snapshot: EstateSnapshot) => void = () => undefined,
): Scenario {
  return scenario({
    estate: (snapshot) => {
      snapshot.kubernetesVersions = versions;
      change(snapshot);
    },
  });
}

const versionFindings = (s: Scenario) =>
  judged(s)
    .findings.filter((f) => f.ruleId === 'AKSB002')
    .map((f) => `${f.cluster} ${f.severity}`)
    .sort();

describe('AKSB002 from the estate', () => {
  it("gives each cluster its region's generally available releases on its support plan", () => {
    const s = withVersions({ westeurope: WEST_EUROPE, northeurope: { values: [release('1.32')] } });
    const clusters = judged(s).subjects.filter((x): x is ClusterSubject => x.kind === 'cluster');
    const legacy = clusters.find((c) => c.cluster === 'aks-legacy')!;
    expect(legacy.aksSupportedVersions).toEqual(['1.31', '1.32', '1.33']);
    expect(clusters.find((c) => c.cluster === 'aks-prod-neu')!.aksSupportedVersions).toEqual(['1.32']);
    // aks-legacy runs 1.30.11, which West Europe offers only under long-term support.
    expect(versionFindings(s)).toEqual(['aks-legacy warning']);
    expect(judged(s).findings.find((f) => f.ruleId === 'AKSB002')!.message).toContain(
      '(1.30 is not among the supported versions 1.31, 1.32, 1.33 that AKS offers in westeurope)',
    );
  });

  it('counts long-term-support releases for clusters on that plan, and never preview ones', () => {
    const lts = withVersions({ westeurope: WEST_EUROPE }, (snapshot) => {
      props(resource(snapshot, 'managedClusters/aks-legacy')).supportPlan = 'AKSLongTermSupport';
    });
    expect(versionFindings(lts)).toEqual([]);
    const preview = withVersions({ westeurope: WEST_EUROPE }, (snapshot) => {
      const legacy = props(resource(snapshot, 'managedClusters/aks-legacy'));
      legacy.supportPlan = 'AKSLongTermSupport';
      legacy.currentKubernetesVersion = '1.34.0';
    });
    expect(versionFindings(preview)).toEqual(['aks-legacy warning']);
  });

  it('says at info that it could not check where Azure refused the list, and stays silent where none was read', () => {
    const refused = withVersions({
      westeurope: WEST_EUROPE,
      northeurope: { status: 403, error: { code: 'AuthorizationFailed', message: 'no access' } },
    });
    expect(versionFindings(refused)).toEqual(['aks-legacy warning', 'aks-prod-neu info']);
    expect(
      judged(refused).findings.find((f) => f.cluster === 'aks-prod-neu' && f.ruleId === 'AKSB002')!.message,
    ).toBe(
      'could not check Kubernetes 1.32.4 against the versions AKS supports in northeurope: the list could not be read (HTTP 403 AuthorizationFailed: no access). Reading it needs Reader on the subscription (the list sits at subscription scope) and Microsoft.ContainerService registered there',
    );
    // A snapshot written before the lists were read, or a region it has no list for: unknown, not failing.
    expect(versionFindings(scenario())).toEqual([]);
    expect(versionFindings(withVersions({ northeurope: { values: [release('1.33')] } }))).toEqual([
      'aks-prod-neu warning',
    ]);
  });
});

describe('recovery points a plan left unread', () => {
  const PROD = 'backupInstances/aks-prod-weu-1f3a9c2e';
  const withoutPoints = (unread: boolean) =>
    scenario({
      estate: (snapshot) => {
        const instance = resource(snapshot, PROD).id.toLowerCase();
        snapshot.resources = snapshot.resources.filter(
          (r) => !r.id.toLowerCase().startsWith(`${instance}/recoverypoints/`),
        );
        if (unread) snapshot.unreadRecoveryPoints = [resource(snapshot, PROD).id.toUpperCase()];
      },
    });
  const instanceOf = (s: Scenario) =>
    judged(s).subjects.find(
      (x): x is InstanceSubject =>
        x.kind === 'instance' && x.resourceId.toLowerCase().endsWith(PROD.toLowerCase()),
    )!;

  it('an instance with no recovery point read is reported (AKSB024 none)', () => {
    const s = withoutPoints(false);
    expect(instanceOf(s).latestRecoveryPoint).toBeNull();
    expect(
      judged(s)
        .findings.filter((f) => f.ruleId === 'AKSB024')
        .map((f) => f.cluster),
    ).toEqual(['aks-prod-weu']);
  });

  it('an instance whose points were left unread has an unknown latest point, and AKSB024 cannot fire', () => {
    const s = withoutPoints(true);
    expect(s.estate.recoveryPointsRead(resource(s.snapshot, PROD).id)).toBe(false);
    expect(instanceOf(s)).not.toHaveProperty('latestRecoveryPoint');
    expect(judged(s).findings.filter((f) => f.ruleId === 'AKSB024')).toEqual([]);
  });
});

describe('vault counts of every workload (AKSB016)', () => {
  const vaultOf = (s: Scenario) => judged(s).subjects.find((x): x is VaultSubject => x.kind === 'vault')!;

  it('takes the reader’s per-vault counts where they exceed the documents read', () => {
    const plain = scenario();
    const vault = vaultOf(plain);
    const read = vault.counts!;
    const counted = scenario({
      estate: (snapshot) => {
        snapshot.vaultCounts = { [vault.resourceId.toLowerCase()]: { policies: 5_001, instances: 0 } };
      },
    });
    const counts = vaultOf(counted).counts!;
    // Policies: the counts (the plan's new ones on top); instances: the documents, which are more.
    expect(counts.policies! - read.policies!).toBe(
      5_001 - plain.estate.policiesInVault(vault.resourceId).length,
    );
    expect(counts.instances).toBe(read.instances);
    const capacity = judged(counted).findings.filter((f) => f.ruleId === 'AKSB016');
    expect(capacity.map((f) => f.message)).toEqual([
      expect.stringContaining(`would hold ${counts.policies} backup policies`),
    ]);
    expect(judged(plain).findings.filter((f) => f.ruleId === 'AKSB016')).toEqual([]);
  });
});
