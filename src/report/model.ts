import type { Diagnostic } from '../config/diagnostics.js';
import type { DrillRecord } from '../operations/drill-history.js';

/**
 * The one report every command fills and every renderer reads (terminal, Markdown, SARIF, annotations,
 * JSON). Its JSON form is documented by schema/report.schema.json; bump REPORT_SCHEMA_VERSION on any
 * change that is not a pure addition.
 */
export const REPORT_SCHEMA_VERSION = 1;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COMMANDS = [
  'validate',
  'plan',
  'apply',
  'audit',
  'backup',
  'restore-test',
  'export',
  'rules',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export type ChangeAction = 'create' | 'update' | 'replace' | 'delete' | 'noop';
export type ChangeKind =
  | 'providerRegistration'
  | 'extension'
  | 'trustedAccessBinding'
  | 'roleAssignment'
  | 'backupPolicy'
  | 'backupInstance';

export interface Change {
  action: ChangeAction;
  kind: ChangeKind;
  /** The Azure resource id the change is about. */
  id: string;
  cluster?: string;
  /** Attribute-level reasons, e.g. "policyId: … → … (forces replacement)". */
  reasons: string[];
  /** apply only: what became of the change (schema/report.schema.json `change.outcome`). */
  outcome?: ChangeOutcome;
}

/** What apply did with one change: done (written and verified by ARM), or why not. */
export interface ChangeOutcome {
  status: 'done' | 'failed' | 'not-attempted' | 'interrupted';
  /** Wall time the change took, in seconds (0 when it never started). */
  seconds: number;
  /** A failure's reason, why it was not attempted, or a remark on a done change. */
  note?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The Azure resource the finding is about, when there is one. */
  resourceId?: string;
  /** Cluster name or id the finding concerns. */
  cluster?: string;
  file?: string;
  line?: number;
  column?: number;
  exempted: boolean;
  /** Why it is exempted, from the desired-state file. */
  exemption?: { reason: string; expires: string };
  /** Link to the rule's documentation. */
  docs?: string;
}

export interface Summary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  noop: number;
  findings: { error: number; warning: number; info: number; exempted: number };
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  command: CommandName;
  generatedAt: string;
  /** The desired-state file, when the command read one. */
  config?: string;
  /** 0 compliant, 1 error, 2 changes pending or findings at or above failOn. */
  exitCode: 0 | 1 | 2;
  failOn: Severity;
  summary: Summary;
  changes: Change[];
  findings: Finding[];
  /** Problems that stopped the command (bad input, Azure errors). Non-empty means exitCode 1. */
  errors: Diagnostic[];
  /** Facts about the desired state or estate the command looked at. */
  stats: Record<string, number>;
  /**
   * The `rules` command only: the rule catalogue, built-in rules first, then the organisation's
   * (policies/README.md, "The catalogue in the report"). Absent from every other command's report.
   */
  rules?: RuleSummary[];
  /** The `audit` command only: one row per cluster in scope. */
  clusters?: ClusterStatus[];
  /** The `backup` command only: the pre-upgrade gate's result per cluster. */
  gates?: GateResult[];
  /** The `restore-test` command only: each drill with its measured RPO and RTO. */
  drills?: DrillRecord[];
}

/** One cluster's pre-upgrade gate. */
export interface GateResult {
  cluster: string;
  verdict: 'passed' | 'failed';
  reason: string;
  recoveryPointId?: string;
  recoveryPointTime?: string;
  jobId?: string;
  /** How long the gate waited for Azure. */
  waitSeconds?: number;
}

/** One cluster's backup health, as `audit` reports it. */
export interface ClusterStatus {
  cluster: string;
  id: string;
  /** Whether an entry of the desired state covers it. */
  inConfig: boolean;
  /** protected: an instance in ProtectionConfigured; unhealthy: an instance in any other state; unprotected: none. */
  protection: 'protected' | 'unhealthy' | 'unprotected';
  protectionState?: string;
  latestRecoveryPoint?: string;
  /** Age of the latest recovery point when the estate was read. */
  recoveryPointAgeHours?: number;
  lastJob?: { category?: string; status?: string; startTime?: string };
  /** Changes the plan would make for this cluster: drift from the desired state. */
  drift: number;
  findings: { error: number; warning: number; info: number };
  /** Protected, no drift, and no finding at or above fail-on that is not exempted. */
  compliant: boolean;
}

/** One rule as the `rules` command lists it. */
export interface RuleSummary {
  id: string;
  name: string;
  title: string;
  severity: Severity;
  subject: string;
  origin: 'built-in' | 'organisation';
  source: { citation: string; date: string; url?: string };
  /** Link to the rule's documentation page. */
  docs: string;
  /** `assert` (a JSON Schema) or `check:<name>` (a named TypeScript check). */
  assertion: string;
  tags?: Record<string, string>;
}
