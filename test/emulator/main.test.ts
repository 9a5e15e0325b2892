import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { repoPath } from '../support/fixtures.js';

let child: ChildProcess | undefined;

afterEach(() => {
  // run-ts.mjs runs the emulator as its own child: stop the whole process group.
  if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  child = undefined;
});

function start(
  args: string[],
): Promise<{ firstLine: string; exit: Promise<number | null>; stderr: () => string }> {
  child = spawn(process.execPath, [repoPath('scripts', 'run-ts.mjs'), 'test/emulator/main.ts', ...args], {
    cwd: repoPath(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(stdout);
    });
    void exit.then(() => (stdout.includes('\n') ? resolve(stdout) : reject(new Error(`exited: ${stderr}`))));
  });
  return firstLine.then((line) => ({ firstLine: line, exit, stderr: () => stderr }));
}

describe('npm run emulator', () => {
  it('prints exactly one line, listening https://127.0.0.1:PORT, and serves the estate', async () => {
    const { firstLine } = await start([
      '--estate',
      'test/fixtures/emulator/small-estate.json',
      '--faults',
      '429:0.1,503:0.05,reset:0.05,lag:0.1',
      '--latency-ms',
      '1',
      '--seed',
      '7',
    ]);
    expect(firstLine).toMatch(/^listening https:\/\/127\.0\.0\.1:\d+\n$/);
    const url = firstLine.trim().slice('listening '.length);
    const { request } = await import('node:https');
    const { readFileSync } = await import('node:fs');
    const status = await new Promise<number>((resolve, reject) => {
      request(
        `${url}/72f988bf-0000-4000-8000-00000000e1a7/v2.0/.well-known/openid-configuration`,
        { ca: readFileSync(repoPath('test', 'emulator', 'certs', 'ca.pem')) },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
  }, 30_000);

  it('exits 1 with a message for a bad fault spec', async () => {
    await expect(
      start(['--estate', 'test/fixtures/emulator/small-estate.json', '--faults', 'boom:1']),
    ).rejects.toThrow("unknown fault kind 'boom'");
  }, 30_000);
});
