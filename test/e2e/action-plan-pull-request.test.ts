import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { ACTIONS_BOT_LOGIN, commentMarker } from '../../src/github/sticky-comment.js';
import { TEST_FEDERATED_CLIENT_ID, TEST_TENANT_ID } from '../emulator/entra.js';
import { startEmulator, type Emulator } from '../emulator/server.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github-emulator/server.js';
import { githubIdToken, runActionAsync } from '../support/action-runner.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';
import { STACK_TRACE } from '../support/run-bundle.js';

/**
 * `plan` as the pull-request workflow of the README runs it: dist/index.js on a pull_request event,
 * signed in to Azure through the runner's OIDC token (GitHub emulator → Entra emulator → ARM and
 * Resource Graph of the Azure emulator), its plan posted as the sticky comment through the GitHub REST
 * emulator. The author then pushes a fix to the config: the second run edits the same comment.
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const REQUEST_TOKEN = 'runner-request-token';
const PR = 42;
jest.setTimeout(60_000);

let azure: Emulator;
let github: GitHubEmulator;
let dir: string;
let config: string;
let configInRepo: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-plan-pr-'));
  // The pull request's copy of the desired state, which the author edits between the two runs.
  config = join(dir, 'aks-backup.yaml');
  writeFileSync(config, readRepoFile('examples', 'aks-backup.yaml'));
  configInRepo = relative(repoPath(), config);
  azure = await startEmulator({ snapshot, quota: { limit: 10_000, windowMs: 5000 } });
  github = await startGitHubEmulator({
    tokens: { ghs_write: { write: true, login: ACTIONS_BOT_LOGIN } },
    oidc: {
      requestToken: REQUEST_TOKEN,
      idToken: (audience) => githubIdToken(audience, 'repo:contoso/platform:pull_request'),
    },
    // A reviewer quoting the bot's marker: theirs must never be the comment that gets edited.
    comments: { [PR]: [{ body: `${commentMarker(configInRepo)}\n> 17 to add? why?`, login: 'octocat' }] },
  });
});
afterAll(async () => {
  await azure.close();
  await github.close();
  rmSync(dir, { recursive: true, force: true });
});

async function planOnPullRequest(run: string) {
  return runActionAsync({
    dir: mkdtempSync(join(dir, `${run}-`)),
    inputs: {
      command: 'plan',
      config: configInRepo,
      auth: 'oidc',
      'client-id': TEST_FEDERATED_CLIENT_ID,
      'tenant-id': TEST_TENANT_ID,
      'arm-endpoint': azure.url,
      'authority-host': azure.url,
      'github-token': 'ghs_write',
    },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: repoPath('test', 'fixtures', 'github', 'pull_request.opened.json'),
      GITHUB_API_URL: github.url,
      NODE_EXTRA_CA_CERTS: repoPath('test', 'emulator', 'certs', 'ca.pem'),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
      AKS_BACKUP_GUARD_NOW: snapshot.capturedAt,
    },
  });
}

const ours = () =>
  github
    .comments(PR)
    .filter((c) => c.user.login === ACTIONS_BOT_LOGIN && c.body.startsWith(commentMarker(configInRepo)));

describe('plan on a pull request, signed in with OIDC', () => {
  it('posts the plan as a comment, then updates that same comment when the config changes', async () => {
    const first = await planOnPullRequest('first');
    expect(first.stdout + first.stderr).not.toMatch(STACK_TRACE);
    expect(first.stdout).toContain('signed in with oidc');
    expect(first.stdout).toMatch(/^Plan: 17 to add, 2 to change, 0 to replace, 0 to destroy\./m);
    expect(first.stdout).toMatch(
      new RegExp(`^pull-request comment created \\(#${PR}, comment (\\d+)\\)$`, 'm'),
    );
    // Changes pending and error findings: exit-code 2, which fails the step.
    expect(first.outputs).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', changes: '19' });
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(
      new RegExp(
        `^::error title=AKSB023 aks-prod-neu,file=${escape(configInRepo)},line=\\d+,col=\\d+::`,
        'm',
      ),
    );
    expect(first.stdout).toContain('::error::19 change(s) pending.');
    expect(first.summary).toContain('<details><summary>Changes (19)</summary>');

    let mine = ours();
    expect(mine).toHaveLength(1);
    const id = mine[0]!.id;
    const firstBody = mine[0]!.body;
    expect(firstBody.split('\n')[0]).toBe(commentMarker(configInRepo));
    expect(firstBody).toContain('## ⚠️ AKS Backup Guard: plan');
    expect(firstBody).toContain('Plan: 17 to add, 2 to change, 0 to replace, 0 to destroy.');
    expect(firstBody).toContain('<details><summary>Changes (19)</summary>');
    expect(firstBody).toContain(
      '~ backupInstance aks-prod-neu-7c1d2e3f\n    includedNamespaces: [payments, orders] → (all)',
    );
    expect(firstBody).toContain('### 🔴 error (3)');
    // The comment is the summary, behind its marker.
    expect(firstBody.trimEnd()).toBe(`${commentMarker(configInRepo)}\n${first.summary.trimEnd()}`);

    // The author keeps aks-prod-neu's namespaces as Azure has them: the in-place update leaves the plan
    // (the re-apply of its Failed extension stays).
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        /(snapshotResourceGroup: \S+\/rg-aks-snapshots-neu\n)/,
        '$1    backup: { includedNamespaces: [payments, orders] }\n',
      ),
    );
    const second = await planOnPullRequest('second');
    expect(second.stdout + second.stderr).not.toMatch(STACK_TRACE);
    expect(second.stdout).toMatch(/^Plan: 17 to add, 1 to change, 0 to replace, 0 to destroy\./m);
    expect(second.stdout).toContain(`pull-request comment updated (#${PR}, comment ${id})`);
    expect(second.outputs).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', changes: '18' });

    mine = ours();
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).toBe(id);
    expect(mine[0]!.body).not.toBe(firstBody);
    expect(mine[0]!.body).toContain('Plan: 17 to add, 1 to change, 0 to replace, 0 to destroy.');
    expect(mine[0]!.body).toContain('<details><summary>Changes (18)</summary>');
    expect(mine[0]!.body).not.toContain('~ backupInstance aks-prod-neu-7c1d2e3f');
    // One POST for the first run, one PATCH for the second; the reviewer's quote is untouched.
    const writes = github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');
    expect(writes.filter((r) => r.path.endsWith(`/issues/${PR}/comments`)).map((r) => r.status)).toEqual([
      201,
    ]);
    expect(writes.filter((r) => r.method === 'PATCH').map((r) => [r.path, r.status])).toEqual([
      [`/repos/contoso/platform/issues/comments/${id}`, 200],
    ]);
    expect(github.comments(PR)[0]).toMatchObject({ user: { login: 'octocat' } });
    expect(github.comments(PR)[0]!.body).toContain('> 17 to add? why?');
    expect(github.comments(PR)).toHaveLength(2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
