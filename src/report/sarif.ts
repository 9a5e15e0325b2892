import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, Report, Severity } from './model.js';

/**
 * SARIF 2.1.0 for GitHub code scanning: one reportingDescriptor per rule id (not per namespace, which is
 * conftest's weakness), help from the rule's doc page, results located in the desired-state file, and
 * partialFingerprints so an alert keeps its identity across runs. GitHub's limits (github/docs
 * data/reusables/code-scanning/sarif-limits.md): 25,000 results per run, 20 runs per file, 10 MB gzipped.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const MAX_SARIF_RESULTS = 25_000;

/** What the SARIF file says about a rule; filled from the rule catalogue. */
export interface RuleDescriptor {
  id: string;
  /** Readable name, e.g. Azure.AKSBackup.RegionSupported. */
  name: string;
  /** One sentence: what must hold. */
  title: string;
  severity: Severity;
  /** Markdown shown in the alert (GitHub shows help.markdown, not helpUri). */
  help?: string;
  /** Link to the rule's documentation. */
  docs?: string;
}

export interface SarifOptions {
  /** Paths in the report are made relative to this (the repository root) so GitHub can place alerts. */
  baseDir: string;
  /** The catalogue; rules that findings name but the catalogue lacks get a minimal descriptor. */
  rules: readonly RuleDescriptor[];
  informationUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export function renderSarif(report: Report, options: SarifOptions): string {
  const catalogue = new Map(options.rules.map((rule) => [rule.id, rule]));
  const used = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const descriptors = used.map((id) => catalogue.get(id) ?? fallbackDescriptor(id, report.findings));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const findings = report.findings.slice(0, MAX_SARIF_RESULTS);
  const fallbackFile = report.config ?? '.github/aks-backup.yaml';

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'AKS Backup Guard',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: descriptors.map(toReportingDescriptor),
          },
        },
        automationDetails: { id: `aks-backup-guard/${report.command}/` },
        results: findings.map((finding) =>
          toResult(finding, index.get(finding.ruleId)!, options.baseDir, fallbackFile),
        ),
        ...(report.findings.length > MAX_SARIF_RESULTS
          ? {
              properties: {
                truncated: `${report.findings.length - MAX_SARIF_RESULTS} results left out to stay within GitHub's 25,000 per run; see the JSON report`,
              },
            }
          : {}),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function toReportingDescriptor(rule: RuleDescriptor) {
  const help = rule.help ?? `${rule.title}${rule.docs ? `\n\nSee ${rule.docs}` : ''}`;
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    // SARIF requires an absolute helpUri (multitool SARIF1005); repository paths stay in help.markdown.
    ...(rule.docs && /^https?:\/\//i.test(rule.docs) ? { helpUri: rule.docs } : {}),
    help: { text: stripMarkdown(help), markdown: help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['aks', 'backup', 'azure'] },
  };
}

function toResult(finding: Finding, ruleIndex: number, baseDir: string, fallbackFile: string) {
  const file = toUri(finding.file ?? fallbackFile, baseDir);
  const line = finding.line ?? 1;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.cluster ? `${finding.cluster}: ${finding.message}` : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file },
          region: { startLine: line, startColumn: finding.column ?? 1 },
        },
      },
    ],
    // Identity of an alert across runs: the rule and what it is about, not the line it sits on, so
    // inserting lines above a cluster entry does not close one alert and open another.
    partialFingerprints: {
      primaryLocationLineHash: `${fingerprint(finding.ruleId, finding.resourceId ?? finding.cluster ?? finding.message, file)}:1`,
    },
    ...(finding.exempted
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${finding.exemption?.reason ?? 'exempted in the desired-state file'}${finding.exemption ? ` (until ${finding.exemption.expires})` : ''}`,
            },
          ],
        }
      : {}),
    ...(finding.resourceId ? { properties: { resourceId: finding.resourceId } } : {}),
  };
}

function fallbackDescriptor(id: string, findings: readonly Finding[]): RuleDescriptor {
  const sample = findings.find((f) => f.ruleId === id)!;
  return {
    id,
    name: id,
    title: sample.message,
    severity: sample.severity,
    ...(sample.docs ? { docs: sample.docs } : {}),
  };
}

/** Repository-relative with forward slashes, as code scanning expects. */
export function toUri(file: string, baseDir: string): string {
  const path = isAbsolute(file) ? relative(baseDir, file) : file;
  return path.split(sep).join('/').replace(/^\.\//, '');
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000').toLowerCase()).digest('hex').slice(0, 32);
}

function stripMarkdown(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/[*_`#>]/g, '')
    .trim();
}
