import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The same, without blocking: needed whenever the bundle talks to an emulator running in this process,
 * whose event loop spawnSync would freeze.
 */
export function runBundleAsync(
  entry: 'cli.js' | 'index.js',
  args: string[],
  env: Record<string, string> = {},
  cwd = repoPath(),
  timeoutMs = 60_000,
): Promise<BundleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [repoPath('dist', entry), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A stack trace line, which no user-facing output may ever contain. */
export const STACK_TRACE = /\n\s+at .+[:(]\d+/;
