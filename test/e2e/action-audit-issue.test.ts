import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { ACTIONS_BOT_LOGIN, hiddenMarker } from '../../src/github/sticky-comment.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github-emulator/server.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { runActionAsync } from '../support/action-runner.js';
import { STACK_TRACE } from '../support/run-bundle.js';

/**
 * dist/index.js on a scheduled run with `command: audit` and `audit-issue: true`, talking to the GitHub
 * emulator over HTTPS through the real @actions/github client: a non-compliant audit opens the issue, the
 * next run updates the same issue, a compliant run closes it with a comment, a later non-compliant run
 * reopens it; a token without `issues: write` and a repository without issues are warnings, never the
 * step's failure.
 *
 * The audit reads a snapshot of the development subscription of examples/estate.json through a config
 * whose selector covers it: with aks-dev-team-b, -c and -sandbox in it the audit is not compliant
 * (1 of 4 clusters), without them it is (1 of 1, aks-dev-team-a).
 */
jest.setTimeout(60_000);
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const CONFIG = `version: 1
vaults:
  dev-weu: { id: /subscriptions/${DEV}/resourceGroups/rg-backup-dev/providers/Microsoft.DataProtection/backupVaults/bv-aks-dev-weu }
storage:
  dev-weu:
    account: /subscriptions/${DEV}/resourceGroups/rg-backup-dev/providers/Microsoft.Storage/storageAccounts/staksbkpdevweu
    container: aks-backups
policies:
  daily-30d: { schedule: { every: 24h, at: '02:00' }, retention: { operational: 30d } }
defaults:
  vault: dev-weu
  storage: dev-weu
  policy: daily-30d
  snapshotResourceGroup: /subscriptions/${DEV}/resourceGroups/rg-aks-snapshots-dev
  backup: { includeClusterScopeResources: true, snapshotVolumes: true, excludedNamespaces: [kube-system, kube-public, kube-node-lease] }
clusters:
  - match: { subscriptions: [${DEV}], locations: [westeurope], tags: { backup: required } }
exemptions:
  - rule: AKSB027
    match: { subscriptions: [${DEV}] }
    reason: 'Development vaults do not need immutability (risk accepted, SEC-88).'
    expires: '2027-12-31'
`;

let github: GitHubEmulator;
let dir: string;
let config: string;
let marker: string;
const estates = { nonCompliant: '', compliant: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-audit-issue-'));
  config = relative(repoPath(), join(dir, 'aks-backup.yaml'));
  writeFileSync(join(dir, 'aks-backup.yaml'), CONFIG);
  marker = hiddenMarker('audit', `config=${config}`);
  const example = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
  const dev = example.resources.filter((r) => r.id.toLowerCase().startsWith(`/subscriptions/${DEV}/`));
  const fixed = /\/managedclusters\/aks-dev-(sandbox|team-b|team-c)(\/|$)/i;
  estates.nonCompliant = join(dir, 'estate-non-compliant.json');
  estates.compliant = join(dir, 'estate-compliant.json');
  writeFileSync(estates.nonCompliant, JSON.stringify({ ...example, resources: dev }));
  writeFileSync(
    estates.compliant,
    JSON.stringify({ ...example, resources: dev.filter((r) => !fixed.test(r.id)) }),
  );
  github = await startGitHubEmulator({
    tokens: {
      ghs_write: { write: true, login: ACTIONS_BOT_LOGIN },
      // A job with `pull-requests: write` but not `issues: write`.
      ghs_no_issues: { write: true, issues: false, login: ACTIONS_BOT_LOGIN },
    },
    // A person's issue quoting the marker, with the label: never the tool's to edit or close.
    issues: [
      {
        title: 'Why does the audit issue say this?',
        body: `${marker}\nI copied the issue's text to ask about it.`,
        login: 'octocat',
        labels: ['aks-backup-guard'],
      },
    ],
    pageSize: 1, // exercises Link-header paging of the issues list
  });
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

async function audit(estate: string, options: { token?: string; runId: number; api?: string }) {
  const run = await runActionAsync({
    dir,
    inputs: {
      command: 'audit',
      config,
      estate,
      'audit-issue': 'true',
      'github-token': options.token ?? 'ghs_write',
    },
    env: {
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(options.runId),
      GITHUB_API_URL: options.api ?? github.url,
      NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
      AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z',
    },
  });
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return run;
}

const ours = () => github.issues().filter((i) => i.user.login === ACTIONS_BOT_LOGIN);

describe('audit with audit-issue: true', () => {
  it('opens the issue when the audit is not compliant', async () => {
    const run = await audit(estates.nonCompliant, { runId: 101 });
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stdout).toMatch(/^audit issue created \(#2\)$/m);
    expect(run.outputs['audit-issue-number']).toBe('2');
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue).toMatchObject({
      number: 2,
      state: 'open',
      title: `AKS Backup Guard audit: clusters out of compliance (${config})`,
      labels: [expect.objectContaining({ name: 'aks-backup-guard' })],
    });
    const body = issue.body!;
    expect(body.split('\n')[0]).toBe(marker);
    expect(body).toContain(
      'Last run: [run of 2026-11-21T12:00:00.000Z](https://github.com/contoso/platform/actions/runs/101)',
    );
    expect(body).toContain('Audit: 1 of 4 clusters compliant \\(25%\\), 3 unprotected, 0 unhealthy.');
    expect(body).toContain('| aks-dev-team-b | unprotected |');
    expect(body).not.toContain('| aks-dev-team-a |'); // compliant: not what the issue is about
    // GitHub's limit on an issue body.
    expect(body.length).toBeLessThanOrEqual(65_536);
  });

  it('updates the same issue on the next run instead of opening another', async () => {
    const run = await audit(estates.nonCompliant, { runId: 102 });
    expect(run.stdout).toMatch(/^audit issue updated \(#2\)$/m);
    expect(run.outputs['audit-issue-number']).toBe('2');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('(https://github.com/contoso/platform/actions/runs/102)');
    // The labelled issues read a page at a time: one page (the person's issue) before the first run
    // created its own, two pages on this run.
    const lists = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues'));
    expect(lists).toHaveLength(3);
  });

  it('without issues: write, a compliant run warns and notes it in the summary; the step passes', async () => {
    const run = await audit(estates.compliant, { runId: 103, token: 'ghs_no_issues' });
    expect(run.status).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.stdout).toContain(
      "::warning::the audit issue was not written: the token cannot write issues (give the job 'permissions: issues: write')",
    );
    expect(run.stdout).not.toContain('::error');
    expect(run.summary).toContain('> **Note:** the audit issue was not written');
    expect(github.requests.some((r) => r.method === 'POST' && r.status === 403)).toBe(true);
    expect(run.outputs).not.toHaveProperty('audit-issue-number'); // not written: no number to give
    expect(ours()[0]!.state).toBe('open');
  });

  it('closes the issue with a comment when the audit is compliant again', async () => {
    const run = await audit(estates.compliant, { runId: 104 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^audit issue closed \(#2\)$/m);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.comments(2).map((c) => [c.user.login, c.body])).toEqual([
      [
        ACTIONS_BOT_LOGIN,
        '✅ The audit is compliant again: 1 of 1 clusters compliant (100%) ([run of 2026-11-21T12:00:00.000Z](https://github.com/contoso/platform/actions/runs/104)). Closing this issue; it is reopened if the audit finds problems again.',
      ],
    ]);
    // Compliant and nothing open: nothing to write.
    const again = await audit(estates.compliant, { runId: 105 });
    expect(again.stdout).toContain('audit issue: compliant, and no open issue to close');
    expect(again.outputs).not.toHaveProperty('audit-issue-number');
    expect(github.comments(2)).toHaveLength(1);
  });

  it('reopens the same issue when the audit falls out of compliance again', async () => {
    const run = await audit(estates.nonCompliant, { runId: 106 });
    expect(run.stdout).toMatch(/^audit issue reopened \(#2\)$/m);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ state: 'open', state_reason: 'reopened' });
    expect(ours()[0]!.body).toContain('/actions/runs/106)');
    expect(github.comments(2).at(-1)!.body).toMatch(/^⚠️ The audit is not compliant again: 1 of 4 clusters/);
    // The person's issue was never touched.
    expect(github.issues().find((i) => i.user.login === 'octocat')).toMatchObject({
      number: 1,
      state: 'open',
      body: `${marker}\nI copied the issue's text to ask about it.`,
    });
  });

  it('in a repository with issues turned off it says so, as a warning', async () => {
    const off = await startGitHubEmulator({ issuesDisabled: true });
    try {
      const run = await audit(estates.compliant, { runId: 107, api: off.url });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        '::warning::the audit issue was not written: issues are disabled in this repository (turn them on, or set audit-issue: false)',
      );
    } finally {
      await off.close();
    }
  });
});
