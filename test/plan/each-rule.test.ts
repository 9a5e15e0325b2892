import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run-cli.js';
import { silentLogger } from '../../src/commands/context.js';
import { planCommand } from '../../src/commands/plan.js';
import { loadSnapshot } from '../../src/estate/load-snapshot.js';
import { serialiseSnapshot } from '../../src/estate/write-snapshot.js';
import type { Finding, Report, Severity } from '../../src/report/model.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { repoPath } from '../support/fixtures.js';

/**
 * Issue 4, "done when": `aks-backup-guard plan --estate …` on a fixture estate that breaks each rule once
 * reports each rule id once. The fixture (test/fixtures/estate/each-rule/, its README.md has the table)
 * breaks every rule that plan can evaluate exactly once; the rules plan cannot fire are listed below with
 * the reason, so a rule that stops firing, fires twice or starts firing where it cannot fails this test.
 */
const CONFIG = repoPath('test', 'fixtures', 'estate', 'each-rule', 'aks-backup.yaml');
const ESTATE = repoPath('test', 'fixtures', 'estate', 'each-rule', 'estate.json');
/** The estate's capturedAt is 2026-11-20T06:00:00Z: plan judges the estate then, and exemptions now. */
const NOW = new Date('2026-11-20T12:00:00Z');

interface Expected {
  severity: Severity;
  /** The fixture element that breaks the rule: the cluster, else the vault, else the YAML entry. */
  element: string;
  /** What the finding must say: why that element fails the rule. */
  because: RegExp;
}

/** Every rule the fixture breaks, and the one element that breaks it. */
const FIRES: Readonly<Record<string, Expected>> = {
  AKSB001: { severity: 'error', element: 'aks-unsupported-region', because: /region 'qatarcentral'/ },
  // Checked against the versions AKS lists for West Europe in the estate's kubernetesVersions.
  AKSB002: {
    severity: 'warning',
    element: 'aks-unsupported-version',
    because:
      /\(1\.29 is not among the supported versions 1\.31, 1\.32, 1\.33 that AKS offers in westeurope\)/,
  },
  AKSB003: { severity: 'error', element: 'aks-disk-csi-off', because: /diskCSIDriver\.enabled: false/ },
  AKSB004: {
    severity: 'error',
    element: 'aks-snapshot-controller-off',
    because: /snapshotController\.enabled: false/,
  },
  AKSB005: {
    severity: 'error',
    element: 'aks-service-principal',
    because: /identity type none, servicePrincipalProfile\.clientId [0-9a-f-]{36}\)/,
  },
  AKSB006: {
    severity: 'error',
    element: 'aks-vault-in-neu',
    because: /the vault is in northeurope, the cluster in westeurope/,
  },
  AKSB007: { severity: 'error', element: 'aks-premium-storage', because: /steachpremium is Premium_LRS/ },
  AKSB008: { severity: 'error', element: 'aks-every-2h', because: /'every-2h-7d' backs up every PT2H/ },
  AKSB009: {
    severity: 'error',
    element: 'aks-retention-400d',
    because: /operational retention P400D is longer than the P360D maximum/,
  },
  AKSB010: { severity: 'error', element: 'aks-extension-failed', because: /\) is Creating:/ },
  // Its vault was read and has no managed identity: none of the vault's roles can be granted.
  AKSB021: {
    severity: 'error',
    element: 'aks-vault-no-identity',
    because: /the vault has no managed identity/,
  },
  // Its binding is Updating, which the plan leaves alone (a Failed one it would PUT again, silencing the rule).
  AKSB011: {
    severity: 'error',
    element: 'aks-trusted-access-failed',
    because: /no Succeeded trusted-access binding .*bv-each-weu/,
  },
  // The plan registers Microsoft.DataProtection (NotRegistered there) and so the rule leaves it out; it
  // does not register Microsoft.ContainerService (src/plan/names.ts REQUIRED_PROVIDERS), which is Registering.
  AKSB012: {
    severity: 'error',
    element: 'aks-provider-registering',
    because: /2e4f6a8c-1b3d-4e5f-8a7b-9c0d1e2f3a4b: Microsoft\.ContainerService \(Registering\); register/,
  },
  AKSB013: {
    severity: 'error',
    element: 'aks-policy-change',
    because: /uses policy \S+\/every-4h-7d, the desired state wants \S+\/daily-30d: .*needs a replace/,
  },
  AKSB014: {
    severity: 'error',
    element: 'aks-snapshot-group-change',
    because: /keeps snapshots in \S+\/rg-each-snapshots-old, the desired state wants \S+\/rg-each-snapshots:/,
  },
  AKSB015: {
    severity: 'error',
    element: 'aks-duplicate-instances',
    because: /^2 backup instances of this cluster share vault \S+\/bv-each-weu and policy \S+\/daily-30d/,
  },
  AKSB016: { severity: 'error', element: 'bv-each-full', because: /would hold 5001 backup policies/ },
  // Through includedNamespaces; its other half (every namespace of the cluster) needs a namespace inventory.
  AKSB022: { severity: 'error', element: 'aks-801-namespaces', because: /lists 801 namespaces/ },
  AKSB023: {
    severity: 'error',
    element: 'aks-protection-error',
    because: /protection state is ProtectionError; Azure reports UserErrorKubernetesBackupExtensionUnhealthy/,
  },
  AKSB024: {
    severity: 'error',
    element: 'aks-stale-recovery-point',
    because: /\(2026-11-17T02:00:30Z\) is 3d3h59m30s old; with a 1d schedule it should be at most 1d15h old/,
  },
  AKSB026: { severity: 'warning', element: 'bv-each-weak', because: /has soft delete Off/ },
  AKSB027: { severity: 'warning', element: 'bv-each-weak', because: /has immutability Disabled/ },
  AKSB028: {
    severity: 'error',
    element: 'exemptions[0]',
    because: /^exemption 1 \(AKSB026\) expired on 2026-10-31/,
  },
  AKSB029: {
    severity: 'warning',
    element: 'aks-failed-job',
    because: /Backup Failed at 2026-11-20T03:10:00Z \(UserErrorBackupPluginPodRestartedDuringBackup/,
  },
  // Through snapshotVolumes: false; its other half (unsupported volume types) needs a persistent-volume
  // inventory, which the plan's binding subjects never carry.
  AKSB030: { severity: 'warning', element: 'aks-volumes-off', because: /backup\.snapshotVolumes is false/ },
};

/** Rules `plan` cannot fire on any estate, and why (see also the fixture's README.md). */
const CANNOT_FIRE: Readonly<Record<string, string>> = {
  AKSB017:
    'an operation rule: evaluated before an on-demand backup starts; subjectsOfPlan builds no operation subjects',
  AKSB018:
    'an operation rule: evaluated before a restore starts; subjectsOfPlan builds no operation subjects',
  AKSB019: 'an operation rule: evaluated on a restore target; subjectsOfPlan builds no operation subjects',
  AKSB020:
    'an operation rule: evaluated before a backup or restore; subjectsOfPlan builds no operation subjects',
  // By design: plan judges the desired state's clusters only, and plans an instance for each one without
  // one. Unprotected clusters outside the desired state (aks-unprotected here) are for `audit` to find.
  AKSB025:
    "only the desired state's clusters are plan subjects, and the plan creates an instance for every one that has none; clusters outside the desired state (aks-unprotected) are audit's",
};

let planned: Promise<Report> | undefined;

/** The plan report, computed once: every test reads the same run. */
function planReport(): Promise<Report> {
  const values: Record<string, string> = { command: 'plan', config: CONFIG, estate: ESTATE };
  const settings = resolveSettings((name) => values[name] ?? '', 'flag');
  planned ??= planCommand({ settings, now: NOW, log: silentLogger });
  return planned;
}

/** The fixture element a finding is about: its cluster, else the resource's name, else the YAML entry. */
function elementOf(finding: Finding, exemptionLine: number): string {
  if (finding.cluster !== undefined) return finding.cluster;
  if (finding.resourceId !== undefined)
    return finding.resourceId.slice(finding.resourceId.lastIndexOf('/') + 1);
  return finding.line === exemptionLine ? 'exemptions[0]' : `line ${finding.line ?? '?'}`;
}

/** 1-based line of the exemption entry (`- rule: …`), where its findings point. */
function exemptionLine(): number {
  const lines = readFileSync(CONFIG, 'utf8').split('\n');
  return lines.findIndex((line) => line.trim() === '- rule: AKSB026') + 1;
}

describe('plan on the each-rule fixture estate (issue 4: each rule id once)', () => {
  it('accounts for every rule of the catalogue: it fires here, or plan cannot fire it', () => {
    const ids = builtInCatalogue().rules.map((rule) => rule.id);
    expect([...Object.keys(FIRES), ...Object.keys(CANNOT_FIRE)].sort()).toEqual([...ids].sort());
    expect(Object.keys(FIRES).filter((id) => id in CANNOT_FIRE)).toEqual([]);
    const operationRules = builtInCatalogue()
      .rules.filter((rule) => rule.subject === 'operation')
      .map((rule) => rule.id);
    expect(operationRules).toEqual(['AKSB017', 'AKSB018', 'AKSB019', 'AKSB020']);
  });

  it('reports each rule id it can evaluate exactly once, none exempted, nothing else', async () => {
    const report = await planReport();
    const counts = new Map<string, number>();
    for (const finding of report.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(Object.keys(FIRES).map((id) => [id, 1])));
    expect(report.findings.filter((f) => f.exempted)).toEqual([]);
    for (const id of Object.keys(CANNOT_FIRE)) expect(counts.has(id)).toBe(false);
    expect(report.exitCode).toBe(2);
  });

  it('each finding names the fixture element that breaks the rule, and why', async () => {
    const report = await planReport();
    const line = exemptionLine();
    for (const finding of report.findings) {
      const expected = FIRES[finding.ruleId];
      expect({ rule: finding.ruleId, severity: finding.severity, element: elementOf(finding, line) }).toEqual(
        {
          rule: finding.ruleId,
          severity: expected?.severity,
          element: expected?.element,
        },
      );
      expect(finding.message).toMatch(expected?.because ?? /^$/);
      expect(finding.file).toBe(CONFIG);
    }
  });

  it('lists them most severe first, then in file order (clusters in rule order, then vaults, then exemptions)', async () => {
    const report = await planReport();
    const line = exemptionLine();
    expect(report.findings.map((f) => `${f.ruleId} ${elementOf(f, line)}`)).toEqual([
      'AKSB016 bv-each-full', // the vault entries come before the clusters in the YAML
      'AKSB001 aks-unsupported-region',
      'AKSB003 aks-disk-csi-off',
      'AKSB004 aks-snapshot-controller-off',
      'AKSB005 aks-service-principal',
      'AKSB006 aks-vault-in-neu',
      'AKSB007 aks-premium-storage',
      'AKSB008 aks-every-2h',
      'AKSB009 aks-retention-400d',
      'AKSB010 aks-extension-failed',
      'AKSB011 aks-trusted-access-failed',
      'AKSB012 aks-provider-registering',
      'AKSB013 aks-policy-change',
      'AKSB014 aks-snapshot-group-change',
      'AKSB015 aks-duplicate-instances',
      'AKSB021 aks-vault-no-identity',
      'AKSB022 aks-801-namespaces',
      'AKSB023 aks-protection-error',
      'AKSB024 aks-stale-recovery-point',
      'AKSB028 exemptions[0]',
      'AKSB026 bv-each-weak',
      'AKSB027 bv-each-weak',
      'AKSB002 aks-unsupported-version',
      'AKSB029 aks-failed-job',
      'AKSB030 aks-volumes-off',
    ]);
  });

  it('the CLI front door (aks-backup-guard plan --estate …) reports the same ids', async () => {
    let stdout = '';
    const code = await runCli(['plan', '--config', CONFIG, '--estate', ESTATE, '--format', 'json'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: {},
      now: () => NOW,
    });
    const report = JSON.parse(stdout) as Report;
    expect(code).toBe(2);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(Object.keys(FIRES).sort());
  });

  it('the estate is a canonical snapshot (edit it by hand keeping keys and resources sorted)', () => {
    expect(serialiseSnapshot(loadSnapshot(ESTATE))).toBe(readFileSync(ESTATE, 'utf8'));
  });
});
