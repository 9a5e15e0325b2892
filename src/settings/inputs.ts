/**
 * Every input of the product, in one table. The action's inputs (action.yml) and the CLI's flags
 * (`--<name>`) are this list; a test keeps action.yml in step with it. Nothing else knows input names.
 */
export interface InputSpec {
  name: string;
  description: string;
  /** The default as the user would write it; '' means unset. */
  default: string;
  /** Restricted values, for validation and help. */
  values?: readonly string[];
  type: 'string' | 'boolean' | 'integer' | 'list';
  /** Only the CLI has it (e.g. --format); the action always writes its own formats. */
  cliOnly?: boolean;
  /** Only the action has it: it writes to GitHub (a comment, an issue), which the CLI never does. */
  actionOnly?: boolean;
  /** Other spellings the CLI accepts. */
  aliases?: readonly string[];
}

export const INPUTS = [
  {
    name: 'command',
    type: 'string',
    default: 'validate',
    values: ['validate', 'plan', 'apply', 'audit', 'backup', 'restore-test', 'export', 'rules'],
    description: 'What to run: validate, plan, apply, audit, backup, restore-test, export or rules.',
  },
  {
    name: 'config',
    type: 'string',
    default: '.github/aks-backup.yaml',
    description: 'Path of the desired-state YAML file.',
  },
  {
    name: 'fail-on',
    type: 'string',
    default: 'error',
    values: ['error', 'warning', 'info'],
    description: 'Lowest finding severity that fails the run (exit code 2): error, warning or info.',
  },
  {
    name: 'format',
    type: 'string',
    default: 'text',
    values: ['text', 'json'],
    cliOnly: true,
    description:
      'Output on stdout: text for people, json for machines (the report of schema/report.schema.json).',
  },
  {
    name: 'json-file',
    type: 'string',
    default: '',
    aliases: ['output-json'],
    description: 'Write the JSON report (schema/report.schema.json) to this file.',
  },
  {
    name: 'sarif-file',
    type: 'string',
    default: '',
    aliases: ['output-sarif'],
    description: 'Write findings as SARIF 2.1.0 to this file, for GitHub code scanning.',
  },
  {
    name: 'markdown-file',
    type: 'string',
    default: '',
    aliases: ['output-markdown'],
    description:
      'Write the Markdown report (what the job summary and the pull-request comment show) to this file.',
  },
  {
    name: 'output',
    type: 'string',
    default: '',
    description: 'For export: the snapshot file to write (read back later with estate).',
  },
  {
    name: 'policies',
    type: 'string',
    default: '',
    description:
      "Folder of the organisation's own rules (same format as the built-in ones), added to the catalogue.",
  },
  {
    name: 'estate',
    type: 'string',
    default: '',
    description: 'Read the estate from this snapshot file (written by the export command) instead of Azure.',
  },
  {
    name: 'scope',
    type: 'list',
    default: '',
    description:
      'Where to look for clusters: subscription ids and/or /providers/Microsoft.Management/managementGroups/<id>, comma or newline separated. Default: the subscriptions the config names.',
  },
  {
    name: 'auth',
    type: 'string',
    default: 'auto',
    values: ['auto', 'oidc', 'azure-cli', 'environment'],
    description:
      'How to sign in to Azure: oidc (GitHub OIDC federation), azure-cli (the session of azure/login), environment (AZURE_* variables), or auto (the first that is available).',
  },
  { name: 'client-id', type: 'string', default: '', description: 'Entra application (client) id, for oidc.' },
  { name: 'tenant-id', type: 'string', default: '', description: 'Entra tenant id, for oidc.' },
  {
    name: 'subscription-id',
    type: 'string',
    default: '',
    description: 'Default subscription, for commands that need one when the config does not say.',
  },
  {
    name: 'audience',
    type: 'string',
    default: 'api://AzureADTokenExchange',
    description: 'Audience of the GitHub OIDC token exchanged for an Azure token.',
  },
  {
    name: 'cloud',
    type: 'string',
    default: 'AzureCloud',
    values: ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'custom'],
    description:
      'Azure cloud: AzureCloud, AzureUSGovernment, AzureChinaCloud, or custom with arm-endpoint and authority-host.',
  },
  {
    name: 'arm-endpoint',
    type: 'string',
    default: '',
    description:
      'Resource Manager endpoint; overrides the cloud default (sovereign clouds, Azure Stack, test emulators).',
  },
  {
    name: 'authority-host',
    type: 'string',
    default: '',
    description: 'Entra authority host; overrides the cloud default.',
  },
  {
    name: 'allow-replace',
    type: 'boolean',
    default: 'false',
    description:
      'Allow plans that replace a backup instance (delete and re-create) where Azure cannot change it in place, e.g. a new policy or snapshot resource group.',
  },
  {
    name: 'prune',
    type: 'boolean',
    default: 'false',
    description: 'Allow deleting resources this tool manages that the config no longer lists.',
  },
  {
    name: 'concurrency',
    type: 'integer',
    default: '8',
    description:
      'Most Azure writes in flight per subscription (ARM allows about 10 writes/s per subscription).',
  },
  {
    name: 'shard',
    type: 'string',
    default: '',
    description:
      "Handle only this shard of the clusters, as 'i/n' (1-based), to split a large estate across a job matrix.",
  },
  {
    name: 'cluster',
    type: 'string',
    default: '',
    description:
      'For backup and restore-test: the cluster (name or id) to act on. Default: every cluster of the config.',
  },
  {
    name: 'max-age',
    type: 'string',
    default: '',
    description:
      "For backup: a recovery point younger than this passes the gate (e.g. 6h). Default: the config's preUpgrade.maxRecoveryPointAge.",
  },
  {
    name: 'target-version',
    type: 'string',
    default: '',
    description:
      'For backup: the Kubernetes version the cluster will be upgraded to, checked against the support matrix.',
  },
  {
    name: 'plan-file',
    type: 'string',
    default: '',
    aliases: ['out-plan'],
    description:
      'plan writes the plan here; apply executes exactly this reviewed plan and refuses if Azure drifted since.',
  },
  {
    name: 'history-file',
    type: 'string',
    default: '',
    description: 'For restore-test: append each drill result (RPO, RTO) to this JSON-lines file.',
  },
  {
    name: 'auto-approve',
    type: 'boolean',
    default: 'false',
    cliOnly: true,
    description: 'For apply in the CLI: do not ask for confirmation (required without a terminal).',
  },
  {
    name: 'comment',
    type: 'boolean',
    default: 'true',
    actionOnly: true,
    description: 'On pull requests, keep one comment with the report up to date.',
  },
  {
    name: 'audit-issue',
    type: 'boolean',
    default: 'false',
    actionOnly: true,
    description:
      'For audit in the action: keep one issue up to date, opened when the audit is not compliant, updated on later runs, closed when it is compliant again and reopened if not (needs issues: write).',
  },
  {
    name: 'audit-issue-label',
    type: 'string',
    default: 'aks-backup-guard',
    actionOnly: true,
    description:
      'Label of the audit issue; the issue is found by this label and a hidden marker, so keep the label on it.',
  },
  {
    name: 'github-token',
    type: 'string',
    default: '${{ github.token }}',
    actionOnly: true,
    description:
      'Token for the pull-request comment (needs pull-requests: write) and the audit issue (needs issues: write).',
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

/** Outputs of the action; the CLI has the same facts in its JSON report. */
export const OUTPUTS = [
  {
    name: 'exit-code',
    description:
      '0 compliant and nothing to change, 1 error, 2 changes pending or findings at or above fail-on.',
  },
  {
    name: 'has-changes',
    description: "'true' when the plan creates, updates, replaces or deletes anything.",
  },
  { name: 'errors', description: 'Number of errors that stopped the command.' },
  { name: 'findings', description: 'Number of findings that are not exempted.' },
  { name: 'findings-error', description: 'Number of error findings that are not exempted.' },
  { name: 'warnings', description: 'Number of warning findings that are not exempted.' },
  { name: 'changes', description: 'Number of changes the plan makes (create, update, replace, delete).' },
  { name: 'json-file', description: 'Path of the JSON report, when one was written.' },
  {
    name: 'report-path',
    description: 'Path of the JSON report (the same as json-file), for tools that expect this name.',
  },
  { name: 'markdown-file', description: 'Path of the Markdown report, when one was written.' },
  { name: 'sarif-file', description: 'Path of the SARIF file, when one was written.' },
  { name: 'recovery-point-id', description: 'backup: the recovery point that passed the gate.' },
  { name: 'recovery-point-time', description: 'backup: when that recovery point was taken (ISO 8601).' },
  { name: 'job-id', description: 'backup and restore-test: the Azure Backup job that ran.' },
  { name: 'wait-seconds', description: 'backup and restore-test: how long the command waited for Azure.' },
  { name: 'compliance', description: 'audit: percentage of clusters in scope that are compliant.' },
  {
    name: 'audit-issue-number',
    description:
      'audit with audit-issue: the number of the issue that tracks non-compliance (opened, updated, reopened or closed by this run).',
  },
] as const;

export type OutputName = (typeof OUTPUTS)[number]['name'];
