import type { ClusterStatus } from './model.js';

/** The audit's per-cluster rows, least compliant first, as the terminal and Markdown both show them. */
export interface AuditRow {
  cluster: string;
  protection: string;
  recoveryPoint: string;
  lastJob: string;
  drift: string;
  findings: string;
  compliant: string;
}

export function auditRows(clusters: readonly ClusterStatus[]): AuditRow[] {
  return clusters.map((c) => ({
    cluster: `${c.cluster}${c.inConfig ? '' : ' (not in config)'}`,
    protection:
      c.protection === 'protected'
        ? 'protected'
        : `${c.protection}${c.protectionState ? ` (${c.protectionState})` : ''}`,
    recoveryPoint: c.recoveryPointAgeHours === undefined ? '—' : `${c.recoveryPointAgeHours}h old`,
    lastJob: c.lastJob ? `${c.lastJob.category ?? 'job'} ${c.lastJob.status ?? '?'}` : '—',
    drift: c.drift === 0 ? '—' : `${c.drift} change${c.drift === 1 ? '' : 's'}`,
    findings: `${c.findings.error}E ${c.findings.warning}W`,
    compliant: c.compliant ? 'yes' : 'no',
  }));
}

export const AUDIT_HEADERS: Record<keyof AuditRow, string> = {
  cluster: 'Cluster',
  protection: 'Protection',
  recoveryPoint: 'Latest recovery point',
  lastJob: 'Last job',
  drift: 'Drift',
  findings: 'Findings',
  compliant: 'Compliant',
};

export function renderAuditText(clusters: readonly ClusterStatus[]): string {
  const rows = auditRows(clusters);
  const keys = Object.keys(AUDIT_HEADERS) as (keyof AuditRow)[];
  const widths = keys.map((k) => Math.max(AUDIT_HEADERS[k].length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(keys.map((k) => AUDIT_HEADERS[k])), ...rows.map((r) => line(keys.map((k) => r[k])))].join(
    '\n',
  );
}
