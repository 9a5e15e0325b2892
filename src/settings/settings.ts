import { InputError } from '../config/diagnostics.js';
import { suggest } from '../util/suggest.js';
import { COMMANDS, SEVERITIES, type CommandName, type Severity } from '../report/model.js';
import { INPUTS, type InputName, type InputSpec } from './inputs.js';

/** Every input, resolved and typed. Built by the action and the CLI alike from raw strings. */
export interface Settings {
  command: CommandName;
  config: string;
  failOn: Severity;
  format: 'text' | 'json';
  jsonFile?: string;
  sarifFile?: string;
  markdownFile?: string;
  policies?: string;
  estate?: string;
  output?: string;
  scope: string[];
  auth: 'auto' | 'oidc' | 'azure-cli' | 'environment';
  clientId?: string;
  tenantId?: string;
  subscriptionId?: string;
  audience: string;
  cloud: 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud' | 'custom';
  armEndpoint?: string;
  authorityHost?: string;
  allowReplace: boolean;
  prune: boolean;
  concurrency: number;
  shard?: { index: number; count: number };
  cluster?: string;
  maxAge?: string;
  targetVersion?: string;
  planFile?: string;
  historyFile?: string;
  autoApprove: boolean;
  comment: boolean;
  auditIssue: boolean;
  auditIssueLabel: string;
  githubToken?: string;
}

/** Where raw values come from: the action's inputs or the CLI's flags. Returns '' when not given. */
export type RawInputs = (name: InputName) => string;

const SPECS = new Map<string, InputSpec>(INPUTS.map((spec) => [spec.name, spec]));

/**
 * Turns raw strings into Settings, applying defaults and validating each with a message that names the
 * input and what it accepts. All problems are reported together.
 */
export function resolveSettings(raw: RawInputs, origin: 'input' | 'flag'): Settings {
  const problems: string[] = [];
  const label = (name: string): string => (origin === 'input' ? `input '${name}'` : `--${name}`);
  const text = (name: InputName): string => {
    const given = raw(name).trim();
    if (given !== '') return given;
    const fallback = SPECS.get(name)?.default ?? '';
    // Workflow expressions such as '${{ github.token }}' are defaults the runner fills in, not values.
    return fallback.startsWith('${{') ? '' : fallback;
  };
  const optional = (name: InputName): string | undefined => text(name) || undefined;
  const choice = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const value = text(name);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const guess = suggest(value, allowed);
    problems.push(
      `${label(name)} must be one of ${allowed.join(', ')}; got '${value}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
    );
    return allowed[0]!;
  };
  const bool = (name: InputName): boolean => {
    const value = text(name).toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value)) return true;
    if (['false', 'no', '0', 'off'].includes(value)) return false;
    problems.push(`${label(name)} must be true or false; got '${text(name)}'`);
    return false;
  };
  const integer = (name: InputName, min: number, max: number): number => {
    const value = text(name);
    const n = Number(value);
    if (/^\d+$/.test(value) && n >= min && n <= max) return n;
    problems.push(`${label(name)} must be a whole number from ${min} to ${max}; got '${value}'`);
    return min;
  };

  const shardText = optional('shard');
  let shard: Settings['shard'];
  if (shardText !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
      problems.push(`${label('shard')} must be 'i/n' with 1 <= i <= n, e.g. 2/8; got '${shardText}'`);
    } else shard = { index, count };
  }

  // GitHub caps label names at 50 characters, and the issues list takes labels comma-separated.
  const auditIssueLabel = text('audit-issue-label');
  if (auditIssueLabel.length > 50 || auditIssueLabel.includes(',')) {
    problems.push(
      `${label('audit-issue-label')} must be one GitHub label: at most 50 characters, no comma; got '${auditIssueLabel}'`,
    );
  }

  for (const [name, value] of [
    ['arm-endpoint', optional('arm-endpoint')],
    ['authority-host', optional('authority-host')],
  ] as const) {
    if (value !== undefined && !/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) {
      problems.push(
        `${label(name)} must be an https:// URL; got '${value}' (Azure refuses bearer tokens over plain http)`,
      );
    }
  }

  const settings: Settings = {
    command: choice('command', COMMANDS),
    config: text('config'),
    failOn: choice('fail-on', SEVERITIES),
    format: choice('format', ['text', 'json'] as const),
    jsonFile: optional('json-file'),
    sarifFile: optional('sarif-file'),
    markdownFile: optional('markdown-file'),
    policies: optional('policies'),
    estate: optional('estate'),
    output: optional('output'),
    scope: text('scope')
      .split(/[\s,]+/)
      .filter((s) => s !== ''),
    auth: choice('auth', ['auto', 'oidc', 'azure-cli', 'environment'] as const),
    clientId: optional('client-id'),
    tenantId: optional('tenant-id'),
    subscriptionId: optional('subscription-id'),
    audience: text('audience'),
    cloud: choice('cloud', ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud', 'custom'] as const),
    armEndpoint: optional('arm-endpoint'),
    authorityHost: optional('authority-host'),
    allowReplace: bool('allow-replace'),
    prune: bool('prune'),
    concurrency: integer('concurrency', 1, 64),
    shard,
    cluster: optional('cluster'),
    maxAge: optional('max-age'),
    targetVersion: optional('target-version'),
    planFile: optional('plan-file'),
    historyFile: optional('history-file'),
    autoApprove: bool('auto-approve'),
    comment: bool('comment'),
    auditIssue: bool('audit-issue'),
    auditIssueLabel,
    githubToken: optional('github-token'),
  };
  if (problems.length > 0) {
    throw new InputError(
      problems.map((message) => ({ file: origin === 'input' ? 'action inputs' : 'command line', message })),
    );
  }
  return settings;
}
