#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { clockFromEnv } from './util/clock.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: clockFromEnv(process.env),
  // Only a person at a terminal can answer apply's question; in CI apply needs --auto-approve.
  ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askInTerminal } : {}),
});

async function askInTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await terminal.question(question)).trim() === 'yes';
  } finally {
    terminal.close();
  }
}
