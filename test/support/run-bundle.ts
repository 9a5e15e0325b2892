import { spawnSync } from 'node:child_process';
import { repoPath } from './fixtures.js';

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bundled entry point of dist/ with `node`, exactly as a user's shell or the Actions runner
 * starts it: an explicit environment (no inherited INPUT_* or GITHUB_* from the test process), so
 * hyphenated input names such as INPUT_FAIL-ON arrive as the runner sets them (TOOLCHAIN.md pitfall 9).
 */
export function runBundle(
  entry: 'cli.js' | 'index.js',
  args: string[],
  env: Record<string, string> = {},
  cwd = repoPath(),
): BundleRun {
  const result = spawnSync(process.execPath, [repoPath('dist', entry), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, which no user-facing output may ever contain. */
export const STACK_TRACE = /\n\s+at .+[:(]\d+/;
