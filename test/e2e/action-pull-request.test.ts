import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ACTIONS_BOT_LOGIN, commentMarker } from '../../src/github/sticky-comment.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github-emulator/server.js';
import { repoPath } from '../support/fixtures.js';
import { runActionAsync } from '../support/action-runner.js';
import { STACK_TRACE } from '../support/run-bundle.js';

/**
 * dist/index.js on a pull_request event, talking to the GitHub emulator over HTTPS through the real
 * @actions/github client: the comment is created once, then updated in place; a fork's read-only token
 * makes it a warning and a summary note, never a failure.
 */
let github: GitHubEmulator;
let dir: string;

beforeAll(async () => {
  github = await startGitHubEmulator({
    tokens: {
      ghs_write: { write: true, login: ACTIONS_BOT_LOGIN },
      ghs_fork_read_only: { write: false, login: ACTIONS_BOT_LOGIN },
    },
    comments: { 42: [{ body: 'LGTM once the plan is green', login: 'octocat' }] },
    pageSize: 1, // exercises Link-header paging with only a few comments
  });
  dir = mkdtempSync(join(tmpdir(), 'aksbg-pr-'));
});
afterAll(async () => {
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runOnPullRequest(config: string, token: string) {
  return runActionAsync({
    dir,
    inputs: { command: 'validate', config, 'github-token': token },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: repoPath('test', 'fixtures', 'github', 'pull_request.opened.json'),
      GITHUB_API_URL: github.url,
      NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
      AKS_BACKUP_GUARD_NOW: '2026-11-21T12:00:00Z',
    },
  });
}

describe('validate on a pull request', () => {
  it('creates the comment, then updates the same comment on the next run', async () => {
    const config = join(dir, 'aks-backup.yaml');
    copyFileSync(repoPath('test', 'fixtures', 'config', 'good', 'exemptions-need-attention.yaml'), config);
    const configInRepo = relative(repoPath(), config);

    const first = await runOnPullRequest(configInRepo, 'ghs_write');
    expect(first.stdout + first.stderr).not.toMatch(STACK_TRACE);
    expect(first.stdout).toMatch(/pull-request comment created \(#42, comment \d+\)/);
    let ours = github.comments(42).filter((c) => c.user.login === ACTIONS_BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.split('\n')[0]).toBe(commentMarker(configInRepo));
    expect(ours[0]!.body).toContain('### 🔴 error (2)');

    // The author fixes the exemptions; the same comment now says the file is valid.
    writeFileSync(config, readFileSync(repoPath('test', 'fixtures', 'config', 'good', 'minimal.yaml')));
    const second = await runOnPullRequest(configInRepo, 'ghs_write');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/pull-request comment updated \(#42, comment \d+\)/);
    ours = github.comments(42).filter((c) => c.user.login === ACTIONS_BOT_LOGIN);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('## ✅ AKS Backup Guard: validate');
    // The person's comment is untouched.
    expect(github.comments(42)[0]).toMatchObject({
      body: 'LGTM once the plan is green',
      user: { login: 'octocat' },
    });
  });

  it('in a fork (read-only token) it warns, notes it in the summary, and does not fail for that reason', async () => {
    const before = github.comments(42).length;
    const run = await runOnPullRequest('examples/aks-backup.yaml', 'ghs_fork_read_only');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "::warning::the pull-request comment was not written: the token cannot write comments (fork pull requests get a read-only token; otherwise give the workflow 'permissions: pull-requests: write')",
    );
    expect(run.summary).toContain('> **Note:** the pull-request comment was not written');
    expect(run.summary).toContain('## ✅ AKS Backup Guard: validate');
    expect(github.comments(42)).toHaveLength(before);
    expect(github.requests.some((r) => r.method === 'POST' && r.status === 403)).toBe(true);
  });
});
