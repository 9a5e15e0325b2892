import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/action-runner.js';
import { repoPath } from '../support/fixtures.js';
import { STACK_TRACE } from '../support/run-bundle.js';

/**
 * The action run by @github/local-action, GitHub's tool for running a JavaScript or TypeScript action
 * from its action.yml on a workstation: it reads the inputs and their defaults from action.yml, replaces
 * @actions/core and @actions/github with its own implementations, and calls `run()` of src/main.ts
 * (through tsx, not the bundle: it cannot stub a bundled toolkit). So this checks what the bundle tests
 * cannot: that the TypeScript entry works as an action outside our own runner emulation.
 *
 * One limit of local-action 7.0.1 shapes the assertions: setFailed does not change its exit status, so
 * the verdict is read from the `exit-code` output, not the process. Both runs are pinned to one instant
 * (AKS_BACKUP_GUARD_NOW, which run() reads however it is called), so exemption dates judge the same.
 */
jest.setTimeout(90_000);

const NOW = '2026-11-21T12:00:00Z';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aksbg-local-action-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** local-action logs each output as the old `::set-output name=…::…` command. */
function setOutputCommands(stdout: string): Record<string, string> {
  return Object.fromEntries(
    [...stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('@github/local-action', () => {
  it('runs src/main.ts from action.yml: validate on the shipped example, with the bundle’s outputs', () => {
    const local = { json: join(dir, 'local-report.json'), summary: join(dir, 'local-summary.md') };
    writeFileSync(local.summary, '');
    // Inputs go through a dotenv file: local-action starts tsx through a shell, which drops variables
    // whose names contain '-' (TOOLCHAIN.md pitfall 9), such as INPUT_JSON-FILE.
    const envFile = join(dir, '.env');
    writeFileSync(
      envFile,
      [
        'INPUT_COMMAND=validate',
        'INPUT_CONFIG=examples/aks-backup.yaml',
        `INPUT_JSON-FILE=${local.json}`,
        `GITHUB_STEP_SUMMARY=${local.summary}`,
        'GITHUB_REPOSITORY=contoso/platform',
        `AKS_BACKUP_GUARD_NOW=${NOW}`,
        '',
      ].join('\n'),
    );
    const run = spawnSync(
      process.execPath,
      [
        repoPath('node_modules', '@github', 'local-action', 'bin', 'local-action.js'),
        'run',
        '.',
        'src/main.ts',
        envFile,
      ],
      {
        cwd: repoPath(),
        encoding: 'utf8',
        timeout: 80_000,
        // It runs `npm exec tsx`: npm must be on PATH, and offline proves it needs nothing from a registry.
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          FORCE_COLOR: '0',
          npm_config_offline: 'true',
        },
      },
    );
    expect(run.error).toBeUndefined();
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Running Action');
    expect(run.stdout).toContain('Action Outputs');
    // It read the inputs from action.yml, with their descriptions.
    expect(run.stdout).toContain("'history-file'");

    const outputs = setOutputCommands(run.stdout);
    expect(outputs).toMatchObject({
      errors: '0',
      'has-changes': 'false',
      changes: '0',
      'json-file': local.json,
      'report-path': local.json,
    });
    expect(run.stdout).toMatch(
      /^examples\/aks-backup\.yaml: valid \(4 clusters, 1 selector, 3 vaults, 3 policies, 2 exemptions\)\. Findings: 0 errors, 0 warnings, 0 info, 1 exempted\./m,
    );
    const report = JSON.parse(readFileSync(local.json, 'utf8')) as { command: string; exitCode: number };
    expect(report.command).toBe('validate');
    expect(String(report.exitCode)).toBe(outputs['exit-code']);
    const summary = readFileSync(local.summary, 'utf8');
    expect(summary).toMatch(/^## ✅ AKS Backup Guard: validate\n/);

    // dist/index.js with the same inputs, as the runner starts it, now: the same verdict and counts.
    const bundle = runAction({
      dir,
      inputs: {
        command: 'validate',
        config: 'examples/aks-backup.yaml',
        'json-file': join(dir, 'bundle.json'),
      },
      env: { AKS_BACKUP_GUARD_NOW: NOW },
    });
    const expected = bundle.outputs;
    expect({ ...outputs, 'json-file': '', 'report-path': '' }).toEqual({
      ...expected,
      'json-file': '',
      'report-path': '',
    });
    expect(summary).toBe(bundle.summary);
    expect(bundle.status).toBe(expected['exit-code'] === '0' ? 0 : 1);
  });
});
